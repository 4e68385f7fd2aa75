// Reuse of pure per-piece computations (a line's paragraphs, a paragraph's dates, a rule's reports
// on one paragraph), keyed by the piece's text. A notice is mostly paragraphs that did not change
// since the last keystroke, and generated or pasted notices repeat paragraphs: both are computed once.
//
// The cache is an explicit value (no global state): analyze() makes a fresh one per call unless the
// caller passes one to keep (the server keeps one per open document, so a keystroke recomputes only
// the edited paragraph). Generational: an entry survives into the next analysis only if this one used
// it, so memory stays bounded by what the current text needs.
//
// Results are stored with offsets relative to the piece's start; shiftRanges() moves them into place.

/** Stored in place of a computed undefined, so that a hit takes one probe. */
const NONE: unique symbol = Symbol('none');

export class AnalysisCache {
  private current = new Map<string, Map<string, unknown>>();
  private previous = new Map<string, Map<string, unknown>>();

  /**
   * The value of compute() for this kind and key: from the last analysis or this one, else computed
   * now. compute must be a pure function of the key (and of constants of the kind).
   */
  lookup<T>(kind: string, key: string, compute: () => T): T {
    // the kind's two maps: the last kind's kept (a rule looks up piece after piece of one kind)
    let now = this.kindNow;
    let before = this.kindBefore;
    if (kind !== this.kind || now === undefined) {
      now = this.current.get(kind);
      if (now === undefined) this.current.set(kind, (now = new Map()));
      before = this.previous.size === 0 ? undefined : this.previous.get(kind);
      this.kind = kind;
      this.kindNow = now;
      this.kindBefore = before;
    }
    // kept from the last analysis (most pieces did not change): carried into this one; else from this analysis
    // (a piece seen twice); else computed now. Two probes on a hit (values are never undefined: NONE stands for it).
    const old = before === undefined ? undefined : before.get(key);
    if (old !== undefined) {
      now.set(key, old);
      return (old === NONE ? undefined : old) as T;
    }
    const hit = now.get(key);
    if (hit !== undefined) return (hit === NONE ? undefined : hit) as T;
    const computed = compute();
    const value = computed === undefined ? NONE : computed;
    now.set(key, value);
    return (value === NONE ? undefined : value) as T;
  }

  /** The kind looked up last, and its maps (this analysis's, the last one's). */
  private kind: string | undefined;
  private kindNow: Map<string, unknown> | undefined;
  private kindBefore: Map<string, unknown> | undefined;

  private shared = new Map<string, { doc: object; value: unknown }>();

  /**
   * A value computed once per analysis for one document object and shared by the rules that need it
   * (the pieces the text rules walk, the unit index, the numbering structure). Not kept past the
   * analysis: it is a function of the whole text, which the next analysis will not have.
   */
  forDocument<T>(kind: string, doc: object, compute: () => T): T {
    const kept = this.shared.get(kind);
    if (kept !== undefined && kept.doc === doc) return kept.value as T;
    const value = compute();
    this.shared.set(kind, { doc, value });
    return value;
  }

  /** Called when an analysis ends: entries it did not use are dropped at the end of the next one. */
  endAnalysis(): void {
    this.previous = this.current;
    this.current = new Map();
    this.shared.clear();
    this.kind = this.kindNow = this.kindBefore = undefined;
  }

  /** Entries held (tests, memory checks). */
  get size(): number {
    let n = 0;
    for (const m of this.current.values()) n += m.size;
    for (const m of this.previous.values()) n += m.size;
    return n;
  }
}

/**
 * A deep copy of plain data (objects, arrays) with `delta` added to every numeric `start` and `end`
 * property: the model's and the findings' offsets are all named so. Strings, numbers and other
 * primitives are shared. Always a copy (even for delta 0), so callers may mutate what they get
 * without touching the cached value. Values with cycles or shared sub-objects must not be passed
 * (they are copied apart); cached values are plain trees.
 */
export function shiftRanges<T>(value: T, delta: number): T {
  return shiftValue(value, delta) as T;
}

function shiftValue(value: unknown, delta: number): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = shiftValue(value[i], delta);
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const key in value as Record<string, unknown>) {
    const v = (value as Record<string, unknown>)[key];
    out[key] = (key === 'start' || key === 'end') && typeof v === 'number' ? v + delta : shiftValue(v, delta);
  }
  return out;
}
