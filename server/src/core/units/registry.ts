// The unit registry interface. The built-in data and the name grammar live beside this file.
import type { WorkspaceUnit } from '../config';

export interface UnitInfo {
  /** Canonical (full or preferred) name. */
  name: string;
  aliases: string[];
  /** Where the registry knows it from: 'builtin:<source>' or 'workspace'. */
  source: string;
  abolished?: { date: string; successor: string };
}

export interface UnitRegistry {
  /** Exact lookup by any name or alias. */
  lookup(name: string): UnitInfo | undefined;
  /** Group designations: 各县(市、区)政府, 市级有关部门, ……成员单位. */
  isGroupName(name: string): boolean;
  /** True when the workspace supplied its own registry. */
  hasWorkspaceUnits: boolean;
  all(): Iterable<UnitInfo>;
}

/** A registry holding only the workspace's own units (the built-in data is added by createRegistry). */
export function createRegistry(workspace: WorkspaceUnit[] = []): UnitRegistry {
  const byName = new Map<string, UnitInfo>();
  for (const u of workspace) {
    const info: UnitInfo = { name: u.name, aliases: u.aliases ?? [], source: 'workspace', abolished: u.abolished };
    byName.set(u.name, info);
    for (const a of info.aliases) byName.set(a, info);
  }
  return {
    lookup: (name) => byName.get(name),
    isGroupName: (name) => /^各|有关|成员单位$|相关(部门|单位)$/.test(name),
    hasWorkspaceUnits: workspace.length > 0,
    all: () => new Set(byName.values()),
  };
}
