// Open documents and their analyses. Analysis runs per document after a short debounce on change
// (immediately on open); a newer version supersedes a pending run, and requests for the current
// version reuse the cached result or compute it on demand.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { GongwenConfig } from '../core/config';
import { buildOutline, type OutlineNode } from '../core/features/outline';
import { AnalysisCache } from '../core/memo';
import type { UnitRegistry } from '../core/units/registry';
import { analyzeDocument, type DocumentAnalysis } from './analysis';
import { Mapper } from './convert';
import type { Settings } from './config';

/**
 * Changes arriving closer together than this are analysed once, for the last of them. Analysis of an
 * edit reuses every unchanged paragraph (the document's AnalysisCache), so it is cheap enough to run
 * after each keystroke: the debounce only needs to merge bursts that arrive together (key repeat at
 * ~30 ms, an IME commit, multi-cursor edits, undo/redo, paste then format), and stay under the gap
 * between a typist's keystrokes (~100–200 ms) so diagnostics follow each one.
 */
export const CHANGE_DEBOUNCE_MS = 50;

export interface Entry {
  uri: string;
  version: number;
  result: DocumentAnalysis;
  mapper: Mapper;
  outline(): OutlineNode[];
}

interface State {
  entry?: Entry;
  timer?: NodeJS.Timeout;
  /** Last version whose diagnostics were published. */
  published?: number;
  /**
   * Results of the last analysis to reuse in the next (a keystroke recomputes only the edited
   * paragraph), valid for one configuration and unit registry only: replaced when they change.
   */
  cache?: { value: AnalysisCache; config: GongwenConfig; units: UnitRegistry };
}

export interface AnalyzerHost {
  get(uri: string): TextDocument | undefined;
  all(): TextDocument[];
  publish(entry: Entry): void;
  log(message: string): void;
  error(message: string): void;
  /** Bench mode only: time from the end of the debounce to the publish (analysis, conversion, send). */
  timing?(uri: string, version: number, ms: { analyse: number; publish: number; total: number }): void;
}

export class DocumentAnalyzer {
  private states = new Map<string, State>();
  private loggedFailures = new Set<string>();
  private ready: Promise<void>;
  private markReady!: () => void;

  constructor(
    private readonly host: AnalyzerHost,
    private readonly settings: Settings,
  ) {
    this.ready = new Promise((resolve) => (this.markReady = resolve));
  }

  /** Settings are loaded: pending analyses may run. */
  setReady(): void {
    this.markReady();
  }

  /** Analysis of the document's current version (cached), or undefined for a document not open. */
  entry(uri: unknown): Entry | undefined {
    if (typeof uri !== 'string') return undefined;
    const doc = this.host.get(uri);
    if (!doc) return undefined;
    const state = this.states.get(uri) ?? {};
    this.states.set(uri, state);
    if (state.entry && state.entry.version === doc.version) return state.entry;
    state.entry = this.analyse(doc);
    return state.entry;
  }

  /** Opened (delay 0) or changed (debounced): publish diagnostics for the newest version. */
  schedule(uri: string, delay: number): void {
    const state = this.states.get(uri) ?? {};
    this.states.set(uri, state);
    if (state.timer) clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = undefined;
      void this.ready.then(() => this.run(uri));
    }, delay);
  }

  private run(uri: string): void {
    try {
      const doc = this.host.get(uri);
      const state = this.states.get(uri);
      if (!doc || !state || state.timer) return; // closed, or a newer change is pending
      const t0 = this.host.timing ? performance.now() : 0;
      const entry = this.entry(uri);
      if (!entry || state.published === entry.version) return;
      state.published = entry.version;
      const t1 = this.host.timing ? performance.now() : 0;
      this.host.publish(entry);
      if (this.host.timing) {
        const t2 = performance.now();
        this.host.timing(uri, entry.version, { analyse: t1 - t0, publish: t2 - t1, total: t2 - t0 });
      }
    } catch (e) {
      this.host.error(`Gongwen: analysis of ${uri} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
  }

  /** Settings changed: every open document is analysed again, from scratch. */
  invalidateAll(): void {
    for (const state of this.states.values()) state.cache = undefined;
    for (const doc of this.host.all()) {
      const state = this.states.get(doc.uri);
      if (state) {
        state.entry = undefined;
        state.published = undefined;
      }
      this.schedule(doc.uri, 0);
    }
  }

  close(uri: string): void {
    const state = this.states.get(uri);
    if (state?.timer) clearTimeout(state.timer);
    this.states.delete(uri);
  }

  /** The document's cache for these settings (a new one when they are not those it was filled under). */
  private cacheFor(uri: string, config: GongwenConfig, units: UnitRegistry): AnalysisCache {
    const state = this.states.get(uri) ?? {};
    this.states.set(uri, state);
    if (!state.cache || state.cache.config !== config || state.cache.units !== units) state.cache = { value: new AnalysisCache(), config, units };
    return state.cache.value;
  }

  private analyse(doc: TextDocument): Entry {
    const text = doc.getText();
    const { config, units } = this.settings.forDocument(doc.uri);
    let result: DocumentAnalysis;
    try {
      result = analyzeDocument(text, config, units, this.cacheFor(doc.uri, config, units));
    } catch (e) {
      // a throw may leave the cache half-filled: start the next analysis from scratch
      const state = this.states.get(doc.uri);
      if (state) state.cache = undefined;
      // The core must never throw; if it does, the document gets no findings and the log says why.
      this.host.error(`Gongwen: analysis of ${doc.uri} threw: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      result = { kind: 'analysed', text, shift: 0, findings: [] };
    }
    for (const f of result.analysis?.failures ?? []) {
      const key = `${f.ruleId}\n${f.error.split('\n')[0]}`;
      if (this.loggedFailures.has(key)) continue;
      this.loggedFailures.add(key);
      this.host.error(`Gongwen: rule ${f.ruleId} failed on ${doc.uri}: ${f.error}`);
    }
    // without a BOM the core parsed this very text: reuse its line starts instead of scanning again
    const coreDoc = result.analysis?.doc;
    const mapper = new Mapper(text, result.shift, result.shift === 0 && coreDoc && coreDoc.text === text ? coreDoc.lineStarts : undefined);
    let outline: OutlineNode[] | undefined;
    return {
      uri: doc.uri,
      version: doc.version,
      result,
      mapper,
      outline: () => {
        if (outline) return outline;
        outline = [];
        if (result.analysis) {
          try {
            outline = buildOutline(result.analysis.doc);
          } catch (e) {
            this.host.error(`Gongwen: outline of ${doc.uri} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
          }
        }
        return outline;
      },
    };
  }
}
