// The notice's own parts (发文字号, title, 主送机关, body, 署名, 成文日期, 附注, 附件说明, 版记) and,
// for a 印发 notice, the attached document. Works on the paragraph list (residue already excluded).
//
// Order looked for: within the first paragraphs, a 发文字号 and a title (one paragraph or two that join
// into one ending with a document type); then a 主送机关 (a paragraph ending with a colon, or a list of
// bodies ending 政府/部门/单位 …). The 成文日期 is the first paragraph that is only a date before any
// section marker (or, failing that, the last such paragraph that follows a short unpunctuated one);
// the 署名 are the short unpunctuated paragraphs right before it. After it come 附注 (whole
// parenthesised paragraphs), then the attached document's title; 抄送 and the 印发 line anywhere after.
import type { AttachedDocument, DateMention, DocNumber, NoticeParts, Paragraph, Range, TextSpan, UnitRef } from '../model';
import * as charsModule from './chars';
// local bindings: direct calls in hot loops (no module-interop getter per call)
const { DOC_TYPE_RE, LABEL_RE, dateAt, dateValues, isColon, matchAt, skipSpaces, trimEnd } = charsModule;
import { mergeGroupItems } from './unitlist';
import * as markersModule from './markers';
// local bindings: direct calls in hot loops (no module-interop getter per call)
const { markerAt } = markersModule;

export interface NoticeResult {
  notice: NoticeParts;
  attachment?: AttachedDocument;
  /** Where the section tree lives: the attached document, else the notice's body, else everything. */
  container: Range;
}

const DOCNUM_RE = /^[\u3400-\u9fff]{1,15}[〔\[［(（【〖][0-9]{4}[〕\]］)）】〗]第?[0-9]+号$/;
const QUALIFIER_RE = /^[（(](?:[0-9０-９]{4}[—–\-－~～至到][0-9０-９]{4}年?|[0-9０-９]{4}年?|试行|暂行|修订|修订稿|征求意见稿|送审稿|草案)[）)]$/;
const NOTICE_END_RE = /(?:通知|决定|意见|批复|通报|函|报告|请示|公告|通告|命令|决议|纪要)$/;
const PUNCT_RE = /[。，,；;！!？?：:]/;
const TITLE_RE = /^(.*?)关于(印发|转发|批转|颁布|发布|下发)(.+)的(通知|决定|通报|批复|函)$/;
const ADDRESSEE_END_RE = /(?:政府|部门|单位|机构|机关|委员会|部委|党委|党组|各局|各委|各办|公司|企业|学校|街道|乡镇|人民团体|直属机构)$/;
const PRINT_RE = /^(.+?)[ \u3000]*([0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日|[〇○◯零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)[ \u3000]*印发$/;

function span(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

function stripColon(text: string, s: number, e: number): number {
  e = trimEnd(text, s, e);
  if (e > s && isColon(text.charCodeAt(e - 1))) e--;
  return trimEnd(text, s, e);
}

/** Units of a list split at 、，, outside brackets; parentheses stay inside a unit. */
export function splitUnits(text: string, s: number, e: number): UnitRef[] {
  const units: UnitRef[] = [];
  /** The separator after each unit (、 or ，). */
  const seps: string[] = [];
  let depth = 0;
  let us = s;
  const push = (a: number, b: number, sep: string) => {
    a = skipSpaces(text, a, b);
    b = trimEnd(text, a, b);
    if (b > a) {
      units.push({ start: a, end: b, text: text.slice(a, b), role: 'participant' });
      seps.push(sep);
    }
  };
  for (let i = s; i < e; i++) {
    const c = text[i];
    if (c === '(' || c === '（' || c === '〔' || c === '[' || c === '【') depth++;
    else if (c === ')' || c === '）' || c === '〕' || c === ']' || c === '】') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === '、' || c === '，' || c === ',')) {
      push(us, i, c);
      us = i + 1;
    }
  }
  push(us, e, '');
  // 各区、县（市）人民政府 is one group name: 各 distributes over the levels up to the shared suffix.
  return mergeGroupItems(text, units, (k) => seps[k] === '、', (a, b) => ({ start: a.start, end: b.end, text: text.slice(a.start, b.end), role: 'participant' }));
}

/** 《X》 spans in [s, e): the outermost 书名号 pair with the brackets (text '《X》'). */
export function citedTitles(text: string, s: number, e: number): TextSpan[] {
  const out: TextSpan[] = [];
  let depth = 0;
  let open = -1;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x300a) {
      if (depth === 0) open = i;
      depth++;
    } else if (c === 0x300b && depth > 0) {
      depth--;
      if (depth === 0) out.push(span(text, open, i + 1));
    } else if (c === 10 || c === 13) depth = 0;
  }
  return out;
}

function normTitle(s: string): string {
  return s.replace(/[《》〈〉“”"'‘’\s\u3000]/g, '').replace(/（/g, '(').replace(/）/g, ')');
}

export function findNotice(text: string, paras: Paragraph[], docNumbers: DocNumber[], dates: DateMention[]): NoticeResult {
  const notice: NoticeParts = { titledDocuments: [], citedTitles: [], signatures: [], notes: [] };
  const n = paras.length;
  const pt = (i: number): string => text.slice(paras[i].start, paras[i].end);
  const isMarker = (i: number): boolean => markerAt(text, paras[i].start, paras[i].end) !== null;
  // (a 成文日期 with a shortened year, 23年5月10日, is still the 成文日期: date-style's finding)
  const isDate = (i: number): boolean => dateAt(text, paras[i].start) === paras[i].end || SHORT_SIGN_DATE_RE.test(text.slice(paras[i].start, paras[i].end));
  const titleLike = (s: string): boolean => s.length <= 100 && !PUNCT_RE.test(s);
  const whole: Range = { start: n ? paras[0].start : 0, end: n ? paras[n - 1].end : 0 };
  if (!n) return { notice, container: whole };

  // 发文字号 and title in the first paragraphs.
  let i = 0;
  let headEnd = -1;
  for (; i < Math.min(n, 8); i++) {
    const s = pt(i);
    if (!notice.docNumber && DOCNUM_RE.test(s)) {
      notice.docNumber = docNumbers.find((d) => d.start >= paras[i].start && d.end <= paras[i].end) ?? ownDocNumber(text, paras[i]);
      headEnd = i;
      continue;
    }
    if (notice.title) break;
    if (isMarker(i) || isColon(s.charCodeAt(s.length - 1))) break;
    if (i + 1 < n && titleLike(s) && !isMarker(i + 1) && !NOTICE_END_RE.test(s)) {
      const s2 = pt(i + 1);
      if (titleLike(s + s2) && NOTICE_END_RE.test(s2) && !DOCNUM_RE.test(s2) && /关于|的/.test(s + s2)) {
        notice.title = { start: paras[i].start, end: paras[i + 1].end, text: s + s2 };
        headEnd = ++i;
        continue;
      }
    }
    if (titleLike(s) && DOC_TYPE_RE.test(s)) {
      notice.title = span(text, paras[i].start, paras[i].end);
      headEnd = i;
      continue;
    }
    // something else before the title: only residue-like stray lines are skipped
    if (i >= 2) break;
  }
  if (notice.title) {
    const m = TITLE_RE.exec(notice.title.text);
    if (m) {
      notice.kind = m[2] === '转发' || m[2] === '批转' ? 'forward' : 'issue';
      notice.titledDocuments = splitTitled(m[3]);
    } else notice.kind = 'other';
  }

  // 主送机关
  let bodyStart = headEnd + 1;
  for (let k = headEnd + 1; k < Math.min(n, headEnd + 3); k++) {
    const s = pt(k);
    if (isMarker(k) || matchAt(LABEL_RE, text, paras[k].start) || /^(?:附件|抄送)/.test(s)) break;
    const colon = isColon(s.charCodeAt(s.length - 1));
    const noColonList = !colon && !/[。；;！？!?]/.test(s) && s.length <= 150 && ADDRESSEE_END_RE.test(s) && k + 1 < n && headEnd >= 0;
    if ((colon && !s.includes('。') && s.length <= 200) || noColonList) {
      const p = paras[k];
      notice.addressee = { ...span(text, p.start, p.end), units: splitUnits(text, p.start, stripColon(text, p.start, p.end)) };
      bodyStart = k + 1;
      break;
    }
    if (headEnd < 0) break;
  }

  // 成文日期 and 署名
  let firstMarker = -1;
  for (let k = bodyStart; k < n; k++) if (isMarker(k)) { firstMarker = k; break; }
  let dateIdx = -1;
  const stop = firstMarker >= 0 ? firstMarker : n;
  for (let k = bodyStart; k < stop; k++) if (isDate(k)) { dateIdx = k; break; }
  if (dateIdx < 0) {
    for (let k = n - 1; k > bodyStart; k--) {
      if (isDate(k) && sigLike(pt(k - 1)) && !isMarker(k - 1)) { dateIdx = k; break; }
    }
  }
  let sigStart = -1;
  if (dateIdx >= 0 && (notice.title || notice.addressee || dateIdx < (firstMarker < 0 ? n : firstMarker))) {
    const p = paras[dateIdx];
    notice.signDate = dates.find((d) => d.start === p.start) ?? ownDate(text, p.start, p.end);
    let k = dateIdx - 1;
    while (k >= bodyStart && k >= dateIdx - 3 && sigLike(pt(k)) && !isMarker(k) && (k > bodyStart || notice.addressee)) k--;
    for (let j = k + 1; j < dateIdx; j++) notice.signatures.push(span(text, paras[j].start, paras[j].end));
    sigStart = k + 1;
  } else dateIdx = -1;
  // a 署名 with no 成文日期 after it: the notice's last paragraph, an issuing body's name after the body text
  if (dateIdx < 0 && notice.title && n - 2 >= bodyStart && !isMarker(n - 1)) {
    const s = pt(n - 1);
    if (sigLike(s) && SIG_END_RE.test(s) && /[。！]$/.test(pt(n - 2))) {
      notice.signatures.push(span(text, paras[n - 1].start, paras[n - 1].end));
      sigStart = n - 1;
    }
  }

  // 附件说明 and body
  const bodyEndIdx = (sigStart >= 0 ? sigStart : dateIdx >= 0 ? dateIdx : -1) - 1;
  if (bodyEndIdx >= bodyStart) {
    let last = bodyEndIdx;
    for (let k = bodyStart; k <= bodyEndIdx; k++) {
      if (/^附件[ \u3000]*[:：]/.test(pt(k))) {
        let e = k;
        while (e + 1 <= bodyEndIdx && /^[0-9０-９]+[.．、]/.test(pt(e + 1))) e++;
        notice.attachmentNote = { start: paras[k].start, end: paras[e].end, text: text.slice(paras[k].start, paras[e].end) };
        last = k - 1;
        break;
      }
    }
    if (last >= bodyStart) notice.body = { start: paras[bodyStart].start, end: paras[last].end };
  } else if (dateIdx < 0 && (notice.title || notice.addressee) && bodyStart < n) {
    notice.body = { start: paras[bodyStart].start, end: paras[n - 1].end };
  }
  if (notice.body) notice.citedTitles = citedTitles(text, notice.body.start, notice.body.end);

  // 附注
  let k = dateIdx >= 0 ? dateIdx + 1 : -1;
  if (k > 0) {
    while (k < n && /^[（(].*[）)]$/.test(pt(k)) && !isMarker(k) && pt(k).length <= 200) {
      notice.notes.push(span(text, paras[k].start, paras[k].end));
      k++;
    }
  }

  // 版记: 抄送 and the 印发 line (searched after the signature).
  let tailStart = n;
  if (k > 0) {
    for (let j = n - 1; j >= k && j >= n - 6; j--) {
      const s = pt(j);
      if (/^抄送[ \u3000]*[:：]/.test(s)) {
        notice.cc = span(text, paras[j].start, paras[j].end);
        tailStart = Math.min(tailStart, j);
        continue;
      }
      const pm = PRINT_RE.exec(s);
      if (pm) {
        const p = paras[j];
        notice.printer = span(text, p.start, trimEnd(text, p.start, p.start + pm[1].length));
        const ds = p.start + s.indexOf(pm[2], pm[1].length);
        notice.printDate = dates.find((d) => d.start === ds) ?? ownDate(text, ds, ds + pm[2].length);
        tailStart = Math.min(tailStart, j);
      }
    }
  }

  // The attached document.
  let attachment: AttachedDocument | undefined;
  if (k > 0 && k < tailStart) {
    let a = k;
    if (/^附件[ \u3000]*[0-9０-９]*[ \u3000]*[:：]?$/.test(pt(a))) a++;
    if (a < tailStart && !isMarker(a) && !isDate(a)) {
      let s = pt(a);
      let titleEnd = a;
      const wanted = notice.titledDocuments.map(normTitle);
      let ok = titleLike(s) && (wanted.includes(normTitle(s)) || DOC_TYPE_RE.test(s) || (a + 1 < tailStart && isMarker(a + 1)));
      if (!ok && a + 1 < tailStart && titleLike(s + pt(a + 1)) && !isMarker(a + 1)) {
        const s2 = s + pt(a + 1);
        if (wanted.includes(normTitle(s2)) || DOC_TYPE_RE.test(s2)) {
          s = s2;
          titleEnd = a + 1;
          ok = true;
        }
      }
      // a bracketed qualifier on the next line: （2022—2025年） （试行）
      if (ok && titleEnd + 1 < tailStart && QUALIFIER_RE.test(pt(titleEnd + 1))) {
        titleEnd++;
        s += pt(titleEnd);
      }
      if (ok) {
        const title: TextSpan = { start: paras[a].start, end: paras[titleEnd].end, text: s };
        const range = { start: title.start, end: paras[tailStart - 1].end };
        attachment = { title, range };
        const first = titleEnd + 1;
        let m = first;
        while (m < tailStart && !isMarker(m)) m++;
        if (m > first) attachment.preamble = { start: paras[first].start, end: paras[m - 1].end };
      }
    }
  }

  // A bare document (a work plan without a cover notice): its title heads the document itself.
  if (notice.title && !attachment && !notice.addressee && !notice.signDate && !notice.docNumber && !NOTICE_END_RE.test(notice.title.text)) {
    const title = notice.title;
    const titleEnd = paras.findIndex((p) => p.end >= title.end);
    attachment = { title, range: { start: title.start, end: whole.end } };
    let m = titleEnd + 1;
    while (m < n && !isMarker(m)) m++;
    if (m > titleEnd + 1) attachment.preamble = { start: paras[titleEnd + 1].start, end: paras[m - 1].end };
    notice.title = undefined;
    notice.kind = undefined;
    notice.titledDocuments = [];
    notice.body = undefined;
    notice.citedTitles = [];
  }

  let container: Range;
  if (attachment) container = { start: attachment.title.end, end: attachment.range.end };
  else if (notice.body) container = notice.body;
  else if (notice.title) container = { start: notice.title.end, end: whole.end };
  else container = whole;
  return { notice, attachment, container };
}

const SHORT_SIGN_DATE_RE = /^[0-9０-９]{2}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日$/;
const SIG_END_RE = /(?:政府|办公室|办公厅|委员会|委|办|厅|局|部|院|会|中心|公司|集团|小组)$/;

function sigLike(s: string): boolean {
  return s.length > 0 && s.length <= 40 && !/[。，,；;！!？?：:、“”《》]/.test(s);
}

function splitTitled(x: string): string[] {
  const strip = (s: string) => s.replace(/^《(.*)》$/, '$1');
  // 关于印发X和Y的通知: split only where every part names a document.
  for (const sep of ['和', '及', '、']) {
    if (!x.includes(sep)) continue;
    const parts = x.split(sep);
    // (a part may end with its qualifier: ……管理办法（试行）, ……规划（2021—2025年）)
    const named = (p: string) => /^《.*》$/.test(p) || DOC_TYPE_RE.test(p.replace(/[（(][^（()）]{1,12}[）)]$/, ''));
    if (parts.length > 1 && parts.every(named)) return parts.map(strip);
  }
  return [strip(x)];
}

function ownDate(text: string, s: number, e: number): DateMention {
  const v = dateValues(text, s, e);
  return { start: s, end: e, text: text.slice(s, e), ...v };
}

function ownDocNumber(text: string, p: Paragraph): DocNumber {
  const s = text.slice(p.start, p.end);
  const m = /^(.*?)([〔\[［(（【〖])([0-9]{4})([〕\]］)）】〗])第?([0-9]+)号$/.exec(s)!;
  const ys = p.start + m[1].length;
  const ye = ys + m[2].length + m[3].length + m[4].length;
  const ne = p.end - 1;
  const ns = ne - m[5].length;
  return {
    start: p.start,
    end: p.end,
    text: s,
    issuer: m[1],
    year: parseInt(m[3], 10),
    yearPart: span(text, ys, ye),
    number: span(text, ns, ne),
    canonicalBrackets: m[2] === '〔' && m[4] === '〕',
  };
}
