// The notice's own parts (发文字号, title, 主送机关, body, 署名, 成文日期, 附注, 附件说明, 版记) and,
// for a 印发 notice, the attached document. Works on the paragraph list (residue already excluded).
//
// Order looked for: within the first paragraphs, a 发文字号 and a title (one paragraph or two that join
// into one ending with a document type); then a 主送机关 (a paragraph ending with a colon, or a list of
// bodies ending 政府/部门/单位 …). The 成文日期 is the first paragraph that is only a date before any
// section marker (or, failing that, the last such paragraph that follows a short unpunctuated one);
// the 署名 are the short unpunctuated paragraphs right before it. After it come 附注 (whole
// parenthesised paragraphs), then the attached document's title; 抄送 and the 印发 line anywhere after (and a 主题词： or
// 公开方式： line with them). With no 署名 and no 成文日期, a document the 附件说明 lists, alone on the line after it, is the
// attached document.
import type { AttachedDocument, DateMention, DocNumber, NoticeParts, Paragraph, Range, TextSpan, UnitRef } from '../model';
import * as charsModule from './chars';
// local bindings: direct calls in hot loops (no module-interop getter per call)
const { DOC_TYPE_RE, LABEL_RE, dateAt, dateValues, isBlank, isColon, matchAt, skipSpaces, skipTags, trimEnd } = charsModule;
import { mergeGroupItems } from './unitlist';
import { digitDateReads, lostNianRead, spacedDateRead } from './dates';
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
/** A 发文字号 at the start of a line, with the blanks after it (group 1: the number alone). */
const DOCNUM_HEAD_RE = /^([\u3400-\u9fff]{1,15}[〔\[［(（【〖][0-9]{4}[〕\]］)）】〗]第?[0-9]+号)[ \u3000]*/;
// (a period whose （ a page lost, 2020―2022年), is one too: the lone ） is punct-unbalanced's finding)
const QUALIFIER_RE = /^(?:[（(](?:[0-9０-９]{4}[—–―\-－~～至到][0-9０-９]{4}年?|[0-9０-９]{4}年?|试行|暂行|修订|修订稿|征求意见稿|送审稿|草案)|[0-9０-９]{4}[—–―\-－~～至到]{1,2}[0-9０-９]{4}年?)[）)]$/;
const NOTICE_END_RE = /(?:通知|决定|意见|批复|通报|函|报告|请示|公告|通告|命令|决议|纪要)$/;
const PUNCT_RE = /[。，,；;！!？?：:]/;
const BRACKETED_TAIL_RE = /[(（][^()（）]{1,30}[)）]$/;
const TITLE_RE = /^(.*?)关于(印发|转发|批转|颁布|发布|下发)(.+)的(通知|决定|通报|批复|函)$/;
/** A title X印发Y的通知 without 关于 (group 1 the issuer, 2 the verb, 3 what it issues, 4 the 文种). */
const ISSUE_NO_GUANYU_RE = /^([^关\s]{2,40}?)(印发|转发|批转|颁布|发布)(.+)的(通知|决定|通报|批复|函)$/;
/** A title without its own 文种, ending with the document it forwards or issues: 关于转发《……的紧急通知》. */
const BARE_FORWARD_TITLE_RE = /关于(印发|转发|批转)《([^《》]{2,98}(?:通知|决定|意见|通报|方案|办法|规定|细则|规划|计划|要点|预案|条例))》$/;
const ADDRESSEE_END_RE = /(?:政府|部门|单位|机构|机关|委员会|部委|党委|党组|各局|各委|各办|公司|企业|学校|街道|乡镇|人民团体|直属机构)$/;
const PRINT_RE = /^(.+?)[ \u3000]*([0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日|[〇○◯零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)[ \u3000]*印发$/;
/** A 印发 line opening a paragraph (group 1 the 印发机关, 2 the 印发日期), with a web table's cell bar after it: 某某办公室 2022年6月1日印发 | */
const PRINT_HEAD_RE = /^(.{2,40}?)[ \u3000]*([0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日|[〇○◯零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)[ \u3000]*印发(?:[ \u3000]*\|)?/;

/** The two-character 文种 a title may print with blanks inside (通    知, 通　知). */
const SPACED_KINDS = new Set(['通知', '通报', '决定', '意见', '批复', '报告', '请示', '公告', '通告', '命令', '决议', '纪要']);
const SPACED_KIND_RE = /([\u4e00-\u9fff])[ \u3000]+([\u4e00-\u9fff])$/;

/**
 * A title line `s` (short, unpunctuated) whose 文种 is spaced out, on its own (通    知) or after 的 (……规划的通　知, ……规划的 通 知): the
 * line with the kind's blanks dropped; `s` itself otherwise. (Not a page's menu: 网站首页 通 知.)
 */
function unspaceKind(s: string): string {
  if (s.length > 100 || !/[知报定见复告示令议要]$/.test(s)) return s;
  const m = SPACED_KIND_RE.exec(s);
  if (!m || !SPACED_KINDS.has(m[1] + m[2])) return s;
  // (……规划的 通    知: blanks between 的 and the kind go too)
  let j = m.index;
  while (j > 0 && isBlank(s.charCodeAt(j - 1))) j--;
  if (j > 0 && s[j - 1] !== '的') return s;
  return s.slice(0, j) + m[1] + m[2];
}

/** The 附件 label (附件, 附件2) with blanks after it, before an attached title run on in a collapsed line. */
const ATT_LABEL_RUN_RE = /附件[ \u3000]{0,3}[0-9０-９]{0,2}[ \u3000]+/y;

/**
 * A 版记 line that is neither 抄送 nor the 印发 line: an older notice's 主题词： (主 题 词：), or a page's 公开方式：主动公开 (公开属性：,
 * 信息公开选项：) set with the 版记.
 */
const BANJI_WORD_RE = /^(?:主[ \u3000]{0,3}题[ \u3000]{0,3}词|公开方式|公开属性|信息公开选项)[ \u3000]*[:：]/;

/** The 印发 date on a line of its own under the 印发机关 (group 1 the date): 2024年1月12日印发 */
const PRINT_DATE_LINE_RE = /^([0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日|[〇○◯零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)[ \u3000]*印发$/;

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
  // (and one whose day lost its 日, 2021年2月22: date-invalid's finding)
  // (and one left as digits under the 署名, 20181224: date-invalid's finding)
  const isDate = (i: number): boolean =>
    dateAt(text, paras[i].start) === paras[i].end ||
    signedDateAt(text, paras[i]) !== undefined ||
    digitDateAt(i) ||
    taggedDate(text, paras[i].start, paras[i].end) !== null || SHORT_SIGN_DATE_RE.test(text.slice(paras[i].start, paras[i].end)) || ODD_SIGN_DATE_RE.test(text.slice(paras[i].start, paras[i].end)) || PARTIAL_SIGN_DATE_RE.test(text.slice(paras[i].start, paras[i].end)) || BARE_DAY_SIGN_DATE_RE.test(text.slice(paras[i].start, paras[i].end)) || YEARLESS_SIGN_DATE_RE.test(text.slice(paras[i].start, paras[i].end));
  // (or numbers set apart by blanks, 年 月 日 lost: { 2017 6 23 — date-invalid's finding too)
  // (or a date that lost its 年, and maybe its 日, keeping its 月: 20231月19, 2023 1月19 — date-invalid's finding too)
  const digitDateAt = (i: number): boolean =>
    i > 0 &&
    (((digitDateReads(pt(i)) !== undefined || spacedDateRead(pt(i)) !== undefined || lostNianRead(pt(i)) !== undefined) && issuerLine(pt(i - 1)) && !isMarker(i - 1)) ||
      farRightDigitDate(text, paras, i));
  const titleLike = (s: string): boolean => s.length <= 100 && !PUNCT_RE.test(s);
  const whole: Range = { start: n ? paras[0].start : 0, end: n ? paras[n - 1].end : 0 };
  if (!n) return { notice, container: whole };

  // 发文字号 and title in the first paragraphs.
  let i = 0;
  let headEnd = -1;
  // (a 文种 spaced out, 通    知, reads as the kind: the title's text drops its blanks)
  const tl = (q: number): string => unspaceKind(pt(q));
  // a page's title line above the 发文字号 (17号 某某规划): the notice's own title is looked for under the number, the
  // page's line kept if none is there
  let pageTitle: TextSpan | undefined;
  for (; i < Math.min(n, 8); i++) {
    const s = tl(i);
    if (!notice.docNumber && DOCNUM_RE.test(s)) {
      notice.docNumber = docNumbers.find((d) => d.start >= paras[i].start && d.end <= paras[i].end) ?? ownDocNumber(text, paras[i]);
      headEnd = i;
      if (notice.title && !notice.title.text.includes('关于')) {
        pageTitle = notice.title;
        notice.title = undefined;
      }
      continue;
    }
    if (notice.title) break;
    if (isMarker(i) || isColon(s.charCodeAt(s.length - 1))) break;
    // (a date line, or a bulletin's head line `issuer  date`, is no part of the title under it: 某县人民政府督查室 / 2022年8月19日 /
    // 关于……的通报)
    if (i + 1 < n && titleLike(s) && !isMarker(i + 1) && !NOTICE_END_RE.test(s) && !navLike(s) && dateAt(text, paras[i].start) !== paras[i].end && !BULLETIN_HEAD_RE.test(s)) {
      const s2 = tl(i + 1);
      // (a news page's headline, a whole title with a qualifier after it, above the notice's own title: 某市关于……的通告
      // (某市交通管理局) / 关于……的通告 — the own title is the one)
      if (s2.startsWith('关于') && NOTICE_END_RE.test(s2) && titleLike(s2) && s.includes('关于') && NOTICE_END_RE.test(s.replace(BRACKETED_TAIL_RE, ''))) {
        notice.title = span(text, paras[i + 1].start, paras[i + 1].end);
        headEnd = ++i;
        continue;
      }
      // (not when the next line is a whole title with its issuer: a page's title line above it, 《……意见》 or a
      // site name, is not part of it)
      const whole = s2.indexOf('关于') > 0;
      if (titleLike(s + s2) && NOTICE_END_RE.test(s2) && !DOCNUM_RE.test(s2) && /关于|的/.test(s + s2) && !whole) {
        notice.title = { start: paras[i].start, end: paras[i + 1].end, text: s + s2 };
        headEnd = ++i;
        continue;
      }
      // a title on three or four lines from the line with 关于 (某县人民政府办公室关于|对全县防汛|和抗旱工作|进行责任分解的通知)
      if (s.includes('关于') && !isColon(s2.charCodeAt(s2.length - 1)) && !DOCNUM_RE.test(s2) && !NOTICE_END_RE.test(s2) && !s2.includes('关于')) {
        let acc = s + s2;
        for (let j = i + 2; j < n && j <= i + 3 && titleLike(acc); j++) {
          const sj = tl(j);
          if (isMarker(j) || DOCNUM_RE.test(sj) || sj.includes('关于') || isColon(sj.charCodeAt(sj.length - 1))) break;
          acc += sj;
          if (!titleLike(acc)) break;
          if (NOTICE_END_RE.test(sj)) {
            notice.title = { start: paras[i].start, end: paras[j].end, text: acc };
            headEnd = i = j;
            break;
          }
        }
        if (notice.title) continue;
      }
    }
    // (a title that lost its 文种 after the document it forwards: 关于转发《……的紧急通知》)
    if (titleLike(s) && (DOC_TYPE_RE.test(s) || BARE_FORWARD_TITLE_RE.test(s))) {
      notice.title = { ...span(text, paras[i].start, paras[i].end), text: s };
      headEnd = i;
      continue;
    }
    // something else before the title: only residue-like stray lines are skipped (two, or any number of a page's
    // buttons and menus: 无障碍浏览 长者模式 / 登录个人中心 / 首页 政府信息公开 新闻中心)
    if (i >= 2 && !navLike(s)) break;
  }
  notice.title ??= pageTitle;
  // 主送机关
  let bodyStart = headEnd + 1;
  for (let k = headEnd + 1; k < Math.min(n, headEnd + 3); k++) {
    const s = pt(k);
    if (isMarker(k) || matchAt(LABEL_RE, text, paras[k].start) || /^(?:附件|抄送)/.test(s)) break;
    const colon = isColon(s.charCodeAt(s.length - 1));
    // (not a joint issuers' row of the 版头: 中共某市委  某市人民政府)
    const noColonList = !colon && !/[。；;！？!?]/.test(s) && s.length <= 150 && ADDRESSEE_END_RE.test(s) && k + 1 < n && headEnd >= 0 && !jointRow(s);
    // (a page's index field 发文单位： 发布机构： is no 主送机关)
    // (a body sentence ending with 如下： is no 主送机关: 现就有关事项通告如下：)
    if (((colon && !s.includes('。') && s.length <= 200 && !/如下[ \u3000]*[:：]$/.test(s)) || noColonList) && !META_FIELD_RE.test(text.slice(paras[k].start, stripColon(text, paras[k].start, paras[k].end)))) {
      const p = paras[k];
      notice.addressee = { ...span(text, p.start, p.end), units: splitUnits(text, p.start, stripColon(text, p.start, p.end)) };
      // a 主送机关 wrapped over two lines (各乡镇人民政府，县政府各部门，/ 各人民团体：): the line above it, ending with 、 or ，,
      // is its first part
      const q = paras[k - 1];
      if (colon && k - 1 > headEnd && headEnd >= 0 && /[，,、]$/.test(pt(k - 1)) && !/[。；;！？!?：:]/.test(pt(k - 1)) && q.end - q.start <= 150 && !isMarker(k - 1) && addresseeStrong(pt(k - 1).slice(0, -1))) {
        notice.addressee = { start: q.start, end: p.end, text: pt(k - 1) + pt(k), units: [...splitUnits(text, q.start, q.end), ...notice.addressee.units] };
      }
      bodyStart = k + 1;
      break;
    }
    if (headEnd < 0) break;
  }
  // A page's head (a repeated title, an index table, a summary) between the title and the 主送机关, or before
  // a title the first paragraphs did not reach: a list of bodies ending with a colon, right after a
  // title (and 发文字号), or after the title found above with only short unpunctuated lines between.
  // (a colon line near the top that names no body is taken for the 主送机关 only if nothing better follows:
  // an index table's 内容概述: or 发文单位: is no 主送机关)
  const weak =
    notice.addressee &&
    (!isColon(text.charCodeAt(notice.addressee.end - 1)) || !addresseeStrong(text.slice(notice.addressee.start, stripColon(text, notice.addressee.start, notice.addressee.end))));
  if (!notice.addressee || weak) {
    const head = recoverHead(text, paras, notice.title ? headEnd + 1 : 0, !!notice.title, pt, isMarker);
    if (head) {
      if (weak) notice.addressee = undefined;
      if (head.title) notice.title = head.title;
      if (head.docIdx >= 0 && !notice.docNumber) {
        const p = paras[head.docIdx];
        notice.docNumber = docNumbers.find((d) => d.start >= p.start && d.end <= p.end) ?? ownDocNumber(text, p);
      }
      const p = paras[head.addressee];
      notice.addressee = { ...span(text, p.start, p.end), units: splitUnits(text, p.start, stripColon(text, p.start, p.end)) };
      headEnd = head.addressee - 1;
      bodyStart = head.addressee + 1;
    }
  }
  // a collapsed page head run into the 主送机关 (分 类 政务公开 有 效 性 有效 各街道办事处、……：): the list starts
  // after the last blank, when what stands before it is a page's index field
  if (notice.addressee) {
    const a = notice.addressee;
    let b = a.end;
    while (b > a.start && !isBlank(text.charCodeAt(b - 1))) b--;
    if (b > a.start) {
      const head = text.slice(a.start, b);
      const tail = text.slice(b, stripColon(text, b, a.end));
      if (!/[、，,]/.test(head) && HEAD_FIELD_RE.test(head) && tail.length >= 4 && addresseeStrong(tail) && /[、，,]/.test(tail)) {
        notice.addressee = { ...span(text, b, a.end), units: splitUnits(text, b, stripColon(text, b, a.end)) };
      }
    }
  }
  // a page's title field that puts the 发文字号 before the title, on its line: 金政发〔2021〕1号关于印发……的通知
  // (the title starts after the number, which is the 发文字号 unless one was found already; nothing above such a line
  // belongs to the title)
  if (notice.title) {
    const t = notice.title;
    const lead = DOCNUM_HEAD_RE.exec(t.text);
    const rest = lead ? t.text.slice(lead[0].length) : '';
    if (lead && rest.includes('关于') && DOC_TYPE_RE.test(rest) && text.startsWith(lead[0], t.start)) {
      const de = t.start + lead[1].length;
      notice.docNumber ??= docNumbers.find((d) => d.start === t.start && d.end === de) ?? ownDocNumber(text, { start: t.start, end: de });
      notice.title = { start: t.start + lead[0].length, end: t.end, text: rest };
    }
  }
  // the lines above a title that belong to it: 广东省人民政府办公厅关于印发广东省|……|……的通知, and a joint
  // issuer's line above an issuer's line (中共X工作委员会|X管理委员会|关于……的通知)
  if (notice.title) {
    let top = paras.findIndex((p) => p.start === notice.title!.start);
    for (let up = 0; up < 2 && top > 0; up++) {
      const prev = pt(top - 1);
      const t: string = notice.title.text;
      // (not a page's button: 登录个人中心)
      const issuerLine = (x: string) => sigLike(x) && SIG_END_RE.test(x) && !/关于/.test(x) && !navLike(x);
      // (not across residue: a site's name above the page's breadcrumb is no joint issuer; not an issuer the title
      // already names: 某县人民政府 over 某县人民政府办公室关于……)
      // (nor a law site's header naming the title's issuer with its province: 江西省某市人民政府办公室 over 某市人民政府办公室关于……)
      const own = t.indexOf('关于') > 0 ? t.slice(0, t.indexOf('关于')) : '';
      const ok =
        onlyBlank(text, paras[top - 1].end, paras[top].start) &&
        !t.startsWith(prev) &&
        !(own.length >= 4 && prev.endsWith(own)) &&
        !isMarker(top - 1) &&
        !DOCNUM_RE.test(prev) &&
        !NOTICE_END_RE.test(prev) &&
        titleLike(prev + t) &&
        ((!t.includes('关于') && prev.includes('关于')) || (t.includes('关于') && issuerLine(prev)));
      if (!ok) break;
      top--;
      notice.title = { start: paras[top].start, end: notice.title.end, text: prev + t };
    }
  }
  // what the title issues as written, before it is split at 和 及 、 (关于印发……工作方案及重点工作任务清单的通知)
  let titledWhole = '';
  if (notice.title) {
    // (X印发Y的通知 with no 关于, 天津市人民政府印发……的通知: read as 关于印发 when X is an issuing body's name)
    const plain = TITLE_RE.test(notice.title.text) ? null : ISSUE_NO_GUANYU_RE.exec(notice.title.text);
    const m = plain && issuerLine(plain[1]) ? plain : TITLE_RE.exec(notice.title.text);
    if (m) titledWhole = m[3];
    const bare = m ? null : BARE_FORWARD_TITLE_RE.exec(notice.title.text);
    if (m) {
      notice.kind = m[2] === '转发' || m[2] === '批转' ? 'forward' : 'issue';
      notice.titledDocuments = splitTitled(m[3]);
    } else if (bare && (bare[1] === '转发' || bare[1] === '批转')) {
      notice.kind = 'forward';
      notice.titledDocuments = [bare[2]];
    } else notice.kind = 'other';
  }

  // 成文日期 and 署名
  const hasMarker = (from: number, to: number): boolean => {
    for (let j = from; j < to; j++) if (isMarker(j)) return true;
    return false;
  };
  let firstMarker = -1;
  for (let k = bodyStart; k < n; k++) {
    // (an 附件说明's numbered items, 附件：1.…|2.…, are no section: the 成文日期 may follow them)
    if (/^附件[ \u3000]*[:：]/.test(pt(k))) {
      while (k + 1 < n && /^[0-9０-９]+[.．、]/.test(pt(k + 1))) k++;
      continue;
    }
    if (isMarker(k)) { firstMarker = k; break; }
  }
  let dateIdx = -1;
  const stop = firstMarker >= 0 ? firstMarker : n;
  for (let k = bodyStart; k < stop; k++) if (isDate(k)) { dateIdx = k; break; }
  if (dateIdx < 0) {
    for (let k = n - 1; k > bodyStart; k--) {
      if (isDate(k) && sigLike(pt(k - 1)) && !isMarker(k - 1)) { dateIdx = k; break; }
    }
  }
  // a date closing the notice (only 附注 （此件公开发布） after it) with no 署名 above it: the 署名 is missing, the 成文日期
  // is not (一、…二、… / 联系电话：… / 2024年3月1日)
  if (dateIdx < 0) {
    let last = n - 1;
    while (last > bodyStart && /^[（(].*[）)]$/.test(pt(last)) && !isMarker(last) && pt(last).length <= 200) last--;
    if (last > bodyStart && isDate(last)) dateIdx = last;
  }
  let sigStart = -1;
  /** The 成文日期's paragraph when it holds the 署名 too (and, collapsed, the attached title after it). */
  let signed: { ds: number; de: number; rest: number } | undefined;
  if (dateIdx >= 0 && (notice.title || notice.addressee || dateIdx < (firstMarker < 0 ? n : firstMarker))) {
    const p = paras[dateIdx];
    // (an HTML tag pasted with it, 2017年6月9日</P>, is stray-invisible's finding: the date is the tag's neighbour)
    const tagged = taggedDate(text, p.start, p.end);
    // (a 署名 and its 成文日期 on one line, 某县人民政府办公室2024年6月1日: the date is the line's end, the name its start)
    signed = tagged ? undefined : signedDateAt(text, p);
    const [ds, de] = tagged ?? (signed ? [signed.ds, signed.de] : [p.start, p.end]);
    // (a day that lost its 日, 2023年1月19: the date as written, with its day — the mention found stops at 月)
    // (a 成文日期 with 号 for 日, or with its month and day in Chinese numerals, 2024年3月15号 / 2024年三月十五日: the date
    // as written, date-style's finding; one with no day, 2024年3月, still closes the 署名 above it but is no 成文日期)
    if (!YEARLESS_SIGN_DATE_RE.test(pt(dateIdx)) && !PARTIAL_SIGN_DATE_RE.test(pt(dateIdx)))
      notice.signDate = BARE_DAY_SIGN_DATE_RE.test(pt(dateIdx))
        ? bareDayDate(text, ds, de)
        : ODD_SIGN_DATE_RE.test(text.slice(ds, de))
          ? oddDate(text, ds, de)
          : (dates.find((d) => d.start === ds) ?? (digitDateAt(dateIdx) ? digitDate(text, ds, de) : ownDate(text, ds, de)));
    let k = dateIdx - 1;
    // (a joint notice signs two bodies a row, for as many rows as it has issuers: up to 8 such rows)
    while (k >= bodyStart && (k >= dateIdx - 3 || (k >= dateIdx - 8 && jointRow(pt(k)))) && (sigLike(pt(k)) || jointRow(pt(k))) && !isMarker(k) && (k > bodyStart || notice.addressee)) k--;
    for (let j = k + 1; j < dateIdx; j++) notice.signatures.push(span(text, paras[j].start, paras[j].end));
    if (signed) notice.signatures.push(span(text, p.start, trimEnd(text, p.start, signed.ds)));
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
  // or an issuing body's name after the body text and before the 附注 （此件公开发布）, whose 成文日期 the page garbled
  // (牟定县人民政府办公室 / （此件公开发布） / { 2017 6 23): the first such note after the 主送机关
  if (dateIdx < 0 && sigStart < 0 && notice.title && notice.addressee) {
    for (let k = bodyStart + 1; k + 1 < n; k++) {
      if (!PUBLIC_NOTE_RE.test(pt(k + 1))) continue;
      const s = pt(k);
      if (sigLike(s) && SIG_END_RE.test(s) && !isMarker(k) && /[。！]$/.test(pt(k - 1))) {
        notice.signatures.push(span(text, paras[k].start, paras[k].end));
        sigStart = k;
      }
      break;
    }
  }

  // a bulletin's head above the title (寿县政务督查 / 第20期 / 寿县人民政府督查室    2022年8月19 / 关于……的通报): its issuer
  // and date are the 署名 and 成文日期 — a head line `issuer  date` (under a 第N期 line, or right above a 通报's title),
  // or the issuer and the date on the two lines right above the title, under a 第N期 line
  if (notice.title && notice.signatures.length === 0 && !notice.signDate && NOTICE_END_RE.test(notice.title.text)) {
    const top = paras.findIndex((p) => p.start === notice.title!.start);
    const issueAbove = (h: number): boolean => {
      for (let q = h - 1; q >= 0 && q >= h - 2; q--) if (ISSUE_LINE_RE.test(pt(q))) return true;
      return false;
    };
    // (a 督查室 or 研究室 issues bulletins too)
    const headIssuer = (x: string): boolean => issuerLine(x) || (sigLike(x) && /(?:督查室|督察室|督办室|研究室)$/.test(x));
    const head = top >= 1 ? BULLETIN_HEAD_RE.exec(pt(top - 1)) : null;
    let sig: TextSpan | undefined;
    let ds = -1;
    let de = -1;
    if (head && headIssuer(head[1]) && !isMarker(top - 1) && (issueAbove(top - 1) || /通报$/.test(notice.title.text))) {
      const p = paras[top - 1];
      sig = span(text, p.start, p.start + head[1].length);
      de = p.end;
      ds = de - head[2].length;
    } else if (top >= 2 && SIGN_DATE_LINE_RE.test(pt(top - 1)) && !isMarker(top - 2)) {
      const p = paras[top - 2];
      const x = pt(top - 2);
      // (collapsed, the issue line runs into the issuer's: 某县政务督查 第20期 某县人民政府督查室)
      let b = x.length;
      while (b > 0 && !isBlank(x.charCodeAt(b - 1))) b--;
      if (headIssuer(x) && top >= 3 && issueAbove(top - 2)) sig = span(text, p.start, p.end);
      else if (b > 0 && x.length <= 80 && headIssuer(x.slice(b)) && ISSUE_TAIL_RE.test(x.slice(0, b))) sig = span(text, p.start + b, p.end);
      if (sig) {
        ds = paras[top - 1].start;
        de = paras[top - 1].end;
      }
    }
    if (sig) {
      notice.signatures.push(sig);
      notice.signDate = BARE_DAY_SIGN_DATE_RE.test(text.slice(ds, de)) ? bareDayDate(text, ds, de) : (dates.find((d) => d.start === ds && d.end === de) ?? ownDate(text, ds, de));
    }
  }

  // 附件说明 and body
  /** With no 署名 and no 成文日期: the paragraph after the 附件说明 where the attached document starts, and the names listed. */
  let draftFrom = -1;
  let draftNames: string[] = [];
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
    // a notice with no 署名 and no 成文日期 (a 征求意见 notice a page posts) whose 附件说明 lists a document that then stands
    // on its own line, with its own sections after it: the body ends before the 附件说明, that document is the attached one
    // (附件：1.起草说明|2.某县……方案（征求意见稿）|某县……方案（征求意见稿）|为……|一、……)
    const draft = sigStart < 0 && notice.title ? listedDocumentAfterNote(text, paras, bodyStart, pt, isMarker) : undefined;
    if (draft) {
      notice.attachmentNote = { start: paras[draft.note].start, end: paras[draft.next - 1].end, text: text.slice(paras[draft.note].start, paras[draft.next - 1].end) };
      notice.body = draft.note > bodyStart ? { start: paras[bodyStart].start, end: paras[draft.note - 1].end } : undefined;
      draftFrom = draft.next;
      draftNames = draft.names;
    }
  }
  if (notice.body) notice.citedTitles = citedTitles(text, notice.body.start, notice.body.end);
  // 印发X和Y (one name as the title reads) whose body cites 《X》和《Y》: the title names the two documents the body lists
  if (notice.titledDocuments.length === 1 && notice.citedTitles.length >= 2) {
    const listed = citedList(text, notice.citedTitles, normTitle(notice.titledDocuments[0]));
    if (listed) notice.titledDocuments = listed;
  }
  // 印发X及Y read as two documents whose body cites 《X及Y》 whole: one document (……工作方案及重点工作任务清单)
  const oneWhole = (name: string): boolean => notice.titledDocuments.length >= 2 && !titledWhole.includes('《') && normTitle(name) === normTitle(titledWhole);
  if (notice.citedTitles.some((c) => oneWhole(c.text.slice(1, -1)))) notice.titledDocuments = [titledWhole];

  // 附注
  let k = dateIdx >= 0 ? dateIdx + 1 : draftFrom;
  // (collapsed, the attached title running on after a 署名 and date on one line: it starts there)
  let attStart = -1;
  if (signed && signed.rest < paras[dateIdx].end) {
    k = dateIdx;
    attStart = signed.rest;
  } else if (k > 0) {
    while (k < n && /^[（(].*[）)]$/.test(pt(k)) && !isMarker(k) && pt(k).length <= 200) {
      notice.notes.push(span(text, paras[k].start, paras[k].end));
      k++;
    }
  }

  // a 抄送 line a page sets right after the 成文日期 (and 附注), above an attached document with its own sections: the
  // 版记's, and the attached document follows it (抄送：…。 某县森林防火工作方案 一、…); and the 版记's 主题词： line of an
  // older notice, or a page's 公开方式：主动公开, before it or on their own (the attached title after them is still its title)
  if (attStart < 0 && k > 0) {
    for (;;) {
      if (k < n && BANJI_WORD_RE.test(pt(k))) k++;
      else if (!notice.cc && k + 1 < n && /^抄送[ \u3000]*[:：]/.test(pt(k)) && hasMarker(k + 1, n)) {
        notice.cc = span(text, paras[k].start, paras[k].end);
        k++;
      } else break;
    }
  }

  // 版记: 抄送 and the 印发 line (searched after the signature).
  let tailStart = n;
  if (k > 0) {
    for (let j = n - 1; j >= (attStart >= 0 ? k + 1 : k) && j >= n - 6; j--) {
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
    // (and a 主题词： or 公开方式： line right above them, or closing the text: the 版记's, no part of the attached document)
    const lo = attStart >= 0 ? k + 1 : k;
    while (tailStart - 1 >= lo && tailStart - 1 >= n - 8 && BANJI_WORD_RE.test(pt(tailStart - 1))) tailStart--;
  }

  // the 版记's 印发 line a page sets right after the 成文日期 (and 附注), above the attached document: 某某办公室 2022年6月1日印发
  // (collapsed, the attached title runs on after it, past a blank: that title starts there)
  if (attStart < 0 && k > 0 && k < tailStart) {
    const p = paras[k];
    const pm = PRINT_HEAD_RE.exec(pt(k));
    const rest = pm ? skipSpaces(text, p.start + pm[0].length, p.end) : -1;
    if (pm && issuerLine(pm[1]) && (rest === p.end || rest > p.start + pm[0].length)) {
      if (!notice.printer) {
        notice.printer = span(text, p.start, trimEnd(text, p.start, p.start + pm[1].length));
        const ds = p.start + pm[0].indexOf(pm[2], pm[1].length);
        notice.printDate = dates.find((d) => d.start === ds) ?? ownDate(text, ds, ds + pm[2].length);
      }
      if (rest === p.end) k++;
      else attStart = rest;
    } else if (k + 1 < tailStart && issuerLine(pt(k)) && PRINT_DATE_LINE_RE.test(pt(k + 1))) {
      // the 印发 line on two lines: 某县人民政府办公室 / 2024年1月12日印发
      if (!notice.printer) {
        notice.printer = span(text, p.start, trimEnd(text, p.start, p.end));
        const q = paras[k + 1];
        const de = q.start + PRINT_DATE_LINE_RE.exec(pt(k + 1))![1].length;
        notice.printDate = dates.find((d) => d.start === q.start) ?? ownDate(text, q.start, de);
      }
      k += 2;
    }
  }

  // The attached document.
  let attachment: AttachedDocument | undefined;
  if (k > 0 && k < tailStart) {
    let a = k;
    // (collapsed, the 附件 label runs on before the title too: ……2023年5月20日印发 附件 某县……方案)
    if (attStart >= 0) {
      const lm = matchAt(ATT_LABEL_RUN_RE, text, attStart);
      if (lm && attStart + lm[0].length < paras[k].end) attStart += lm[0].length;
    }
    if (attStart < 0 && /^附件[ \u3000]*[0-9０-９]*[ \u3000]*[:：]?$/.test(pt(a))) a++;
    if (a < tailStart && !isMarker(a) && ((a === k && attStart >= 0) || !isDate(a))) {
      const aStart = a === k && attStart >= 0 ? attStart : paras[a].start;
      let s = text.slice(aStart, paras[a].end);
      let titleEnd = a;
      const wanted = [...notice.titledDocuments, ...draftNames].map(normTitle);
      // (a 文种 before a bracketed qualifier counts: 某县防汛应急预案（试行）, ……管理办法（征求意见稿）)
      // (and a 方案's 任务分工 / 任务分解表 / 一览表 …: 关于落实国务院《政府工作报告》 / 重点工作的任务分工)
      const named = (x: string): boolean => wanted.includes(normTitle(x)) || DOC_TYPE_RE.test(x) || DOC_TYPE_RE.test(withoutQualifier(x)) || TABLE_KIND_RE.test(x);
      let ok = titleLike(s) && (named(s) || (a + 1 < tailStart && isMarker(a + 1)));
      // a title wrapped over two to four lines (……落实《关于推进 / 县城城镇化建设的 / 实施方案》任务分工方案): not where a 《
      // is still open
      for (let b = a + 1, s2 = s; !ok && b < tailStart && b <= a + 3 && !isMarker(b); b++) {
        s2 += pt(b);
        if (!titleLike(s2)) break;
        if (named(s2) && booksClosed(s2)) {
          s = s2;
          titleEnd = b;
          ok = true;
        }
      }
      // a bracketed qualifier on the next line: （2022—2025年） （试行）
      if (ok && titleEnd + 1 < tailStart && QUALIFIER_RE.test(pt(titleEnd + 1))) {
        titleEnd++;
        s += pt(titleEnd);
      }
      if (ok) {
        const title: TextSpan = { start: aStart, end: paras[titleEnd].end, text: s };
        // (and whose attached title is X及Y whole)
        if (oneWhole(s)) notice.titledDocuments = [titledWhole];
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
  else if (notice.body && k > 0 && k < tailStart && !hasMarker(bodyStart, k) && hasMarker(k, tailStart)) {
    // an attached document whose title the page dropped (the text runs on after the 成文日期 with its
    // own 一、 sections): the sections are there, not in the notice's body (which has none)
    container = { start: notice.body.start, end: paras[tailStart - 1].end };
  } else if (notice.body) container = notice.body;
  else if (notice.title) container = { start: notice.title.end, end: whole.end };
  else container = whole;
  return { notice, attachment, container };
}

/** A 主送机关 found past the first paragraphs must read as one: a list of bodies ending with a colon. */
const ADDRESSEE_STRONG_RE = /(?:政府|部门|单位|机构|机关|委员会|党委|党组|各局|各委|各办|委办局|、局|公司|企业|学校|院校|街道|办事处|乡镇|人民团体|管委会|各村|站所|科室|处室)[）)]?$/;
/** A page's index fields that end like a body: 发文单位： 发布机构： 公开责任部门： */
const META_FIELD_RE = /(?:发文|发布|来源|公开|成文|制发|主办|责任|所属|信息)(?:单位|机构|机关|部门)$/;

export function addresseeStrong(s: string): boolean {
  return ADDRESSEE_STRONG_RE.test(s) && !META_FIELD_RE.test(s);
}

/** Words of a page's index fields and info bar (collapsed before the 主送机关). */
const HEAD_FIELD_RE = /分\s*类|有\s*效\s*性|主\s*题|来\s*源|发\s*布|浏览|字\s*体|索\s*引|文\s*号|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{1,2}:[0-9]{2}/;

/** How far into the text a page's head may push the 主送机关. */
const HEAD_SCAN = 40;

interface RecoveredHead {
  title?: TextSpan;
  docIdx: number;
  addressee: number;
}

/**
 * The 主送机关 (and the title and 发文字号 right before it) past a page's head: scanned from `from` up to the
 * first section marker. With `titled` (a title was found above) the paragraphs skipped must be short and
 * unpunctuated (an index table, a repeated title, a date line); without it, the 主送机关 counts only with a
 * title right before it.
 */
function recoverHead(
  text: string,
  paras: Paragraph[],
  from: number,
  titled: boolean,
  pt: (i: number) => string,
  isMarker: (i: number) => boolean,
): RecoveredHead | undefined {
  const n = paras.length;
  const titleLike = (s: string): boolean => s.length <= 100 && !PUNCT_RE.test(s);
  const isNoticeTitle = (s: string): boolean => titleLike(s) && NOTICE_END_RE.test(s);
  let headOnly = true; // every paragraph so far is short and unpunctuated
  for (let k = from; k < Math.min(n - 1, from + HEAD_SCAN); k++) {
    // (a date line 06.05.2014 reads as a 6. item: only a marker with text after it ends the head)
    const mk = markerAt(text, paras[k].start, paras[k].end);
    if (mk && !mk.digitFollows) return undefined;
    const s = pt(k);
    const colon = s.length > 1 && isColon(s.charCodeAt(s.length - 1));
    // (a list of bodies that lost its colon counts right after a title: notice-missing-element asks for the colon)
    const listNoColon = !colon && s.length <= 300 && /[、，,]/.test(s);
    if (
      (colon || listNoColon) &&
      s.length <= 600 &&
      !/[。；;！？!?]/.test(s) &&
      !s.includes('关于') && // (a collapsed head run into the list: 06.05.2014 20:16 关于印发……的通知 各……：)
      !matchAt(LABEL_RE, text, paras[k].start) &&
      !/^(?:附件|抄送)/.test(s) &&
      addresseeStrong(s.slice(0, stripColon(text, paras[k].start, paras[k].end) - paras[k].start))
    ) {
      // the title (one paragraph, or two that join) and the 发文字号 right before it, in either order
      let j = k - 1;
      let docIdx = -1;
      if (j >= from && DOCNUM_RE.test(pt(j))) docIdx = j--;
      // (a page's date or source line may stand between them: 发布时间：… 来源：…)
      if (j >= 0 && !isNoticeTitle(pt(j))) {
        let b = j;
        while (b > from && j - b < 5 && !isMarker(b) && pt(b).length <= 80 && !/[。；;！？!?]/.test(pt(b)) && !isNoticeTitle(pt(b))) b--;
        if (b < j && isNoticeTitle(pt(b)) && !isMarker(b)) j = b;
      }
      let title: TextSpan | undefined;
      if (j >= 0 && !isMarker(j)) {
        const s1 = pt(j);
        if (titleLike(s1) && NOTICE_END_RE.test(s1)) {
          let ts = j;
          if (j - 1 >= 0 && !isMarker(j - 1)) {
            const s0 = pt(j - 1);
            const joined = s0 + s1;
            // 湖南省人民政府办公厅关于加强…|…工作的通知; 金乡县人民政府|关于下达…的通知
            if (
              titleLike(joined) &&
              !NOTICE_END_RE.test(s0) &&
              !DOCNUM_RE.test(s0) &&
              ((!s1.includes('关于') && s0.includes('关于')) || (s1.startsWith('关于') && sigLike(s0) && SIG_END_RE.test(s0)))
            )
              ts = j - 1;
          }
          // a title split over three or four lines (某市人民政府办公室关于印发某市推进|义务教育……|规划实施细则的通知):
          // up to the line with 关于
          if (ts === j && !s1.includes('关于')) {
            let acc = s1;
            for (let q = j - 1; q >= 0 && j - q <= 3; q--) {
              const sq = pt(q);
              // (not a page's menu: 首页 关于我们 政务公开)
              if (isMarker(q) || !titleLike(sq + acc) || NOTICE_END_RE.test(sq) || DOCNUM_RE.test(sq) || navLike(sq) || NAV_WORD_RE.test(sq) || sq.includes('关于我们')) break;
              acc = sq + acc;
              if (sq.includes('关于')) {
                if (j - q >= 2) ts = q;
                break;
              }
            }
          }
          // the issuer's line above a title that starts with 关于: 广安市广安区人民政府办公室|关于印发……|……的通知
          if (ts < j && ts - 1 >= 0 && pt(ts).startsWith('关于') && !isMarker(ts - 1) && sigLike(pt(ts - 1)) && SIG_END_RE.test(pt(ts - 1))) ts--;
          if (/关于/.test(text.slice(paras[ts].start, paras[j].end))) {
            let tt = '';
            for (let q = ts; q <= j; q++) tt += pt(q);
            title = { start: paras[ts].start, end: paras[j].end, text: tt };
            if (docIdx < 0 && ts - 1 >= 0 && DOCNUM_RE.test(pt(ts - 1))) docIdx = ts - 1;
          }
        }
      }
      if (title || (titled && headOnly && colon)) {
        if (!title && docIdx < 0) for (let d = from; d < k; d++) if (DOCNUM_RE.test(pt(d))) docIdx = d;
        return { title, docIdx, addressee: k };
      }
    }
    if (s.length > 80 || /[。；;！？!?]/.test(s)) headOnly = false;
  }
  return undefined;
}

/** A bulletin's issue line above its title: 第20期, 20期, 第二十期, 第5期（总第123期）. */
const ISSUE_LINE_RE = /^(?:[^ \u3000]{0,20}[ \u3000]*)?第?[0-9０-９一二三四五六七八九十〇]{1,4}期(?:[ \u3000]*[（(]总第[0-9０-９]{1,5}期[）)])?$/;
/** The end of a collapsed bulletin head before its issuer: ……第20期 (a blank after it). */
const ISSUE_TAIL_RE = /(?:^|[ \u3000])第?[0-9０-９一二三四五六七八九十〇]{1,4}期(?:[ \u3000]*[（(]总第[0-9０-９]{1,5}期[）)])?[ \u3000]+$/;
/** A full date on a line (2022年8月19日, 二〇二二年八月十九日), or one whose day lost its 日 (2022年8月19). */
const SIGN_DATE_LINE_RE = /^(?:[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日?|[〇○◯零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)$/;
/** A bulletin's head line: its issuer, two or more blanks, its date (寿县人民政府督查室           2022年8月19). */
const BULLETIN_HEAD_RE = /^([^ \u3000]{2,40})[ \u3000]{2,40}([0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日?|[〇○◯零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)$/;
const SHORT_SIGN_DATE_RE = /^[0-9０-９]{2}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日$/;
const BARE_DAY_SIGN_DATE_RE = /^[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}$/;
// a 成文日期 that lost its year (年6月12日): it still closes the 署名 above it, but is no 成文日期 (date-invalid's finding)
const YEARLESS_SIGN_DATE_RE = /^年[0-9０-９]{1,2}月[0-9０-９]{1,2}日$/;
/** A 成文日期 with 号 for 日 (2024年3月15号), or a year in digits over a month and day in Chinese numerals (2024年三月十五日). */
const ODD_SIGN_DATE_RE = /^[0-9０-９]{4}年(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}号|[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}[日号])$/;
const ODD_DATE_AT_RE = /[0-9０-９]{4}年(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}号|[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}[日号])/y;
/** A 成文日期 with no day (2024年3月, 二〇二四年三月): it closes the 署名 above it, but is no 成文日期. */
const PARTIAL_SIGN_DATE_RE = /^(?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})年(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})月$/;
const PUBLIC_NOTE_RE = /^[（(][ \u3000]*此件/;
const FILE_NAME_RE = /\.(?:docx?|xlsx?|wps|et|pdf|ofd|zip|rar|txt|jpe?g|png)$/i;
const SIG_END_RE = /(?:政府|办公室|办公厅|委员会|委|办|厅|局|部|院|会|中心|公司|集团|小组)$/;

/** A paragraph [s, e) that is a date with HTML tags pasted around it (<p>2017年6月9日</P>): the date's range. */
function taggedDate(text: string, s: number, e: number): [number, number] | null {
  if (text.charCodeAt(s) !== 0x3c && text.charCodeAt(e - 1) !== 0x3e) return null;
  const ds = skipTags(text, s, e);
  const de = dateAt(text, ds);
  if (de < 0 || (ds === s && de === e)) return null;
  return skipTags(text, de, e) === e ? [ds, de] : null;
}

/** A page's buttons and menus that a scrape keeps above the title. */
const NAV_WORD_RE = /登录|注册|个人中心|用户中心|无障碍|长者模式|关怀版|适老化|首页|网站地图|English|文章播报|朗读|打印|收藏|关闭|繁體|简体版/;

/** A short unpunctuated line of a page's buttons or menu (首页 政府信息公开 新闻中心; 登录个人中心), no title. */
function navLike(s: string): boolean {
  if (s.length > 60 || PUNCT_RE.test(s) || s.includes('关于') || /[《》]/.test(s)) return false;
  if (NAV_WORD_RE.test(s)) return true;
  // (a menu of short items, most of them no body's name: not a joint issuers' line 中共某县委员会　某县人民政府)
  const parts = s.split(/[ \u3000]+/).filter(Boolean);
  return parts.length >= 3 && parts.every((x) => x.length <= 8) && parts.filter((x) => SIG_END_RE.test(x)).length * 2 < parts.length;
}

/** A row of a joint signature: two or more bodies' names, set apart by runs of spaces. */
function jointRow(s: string): boolean {
  const parts = s.split(/[ \u3000]{2,}/).filter(Boolean);
  return parts.length >= 2 && s.length <= 120 && !/[。，,；;！!？?：:、“”《》]/.test(s) && parts.every((x) => x.length <= 40 && SIG_END_RE.test(x.trim()));
}

function sigLike(s: string): boolean {
  // (the closing formula 特此通告 / 特此通知 without its full stop is no issuer's name)
  // (nor is an attachment's file name the page lists above the date: ……纲要.docx)
  return s.length > 0 && s.length <= 40 && !/[。，,；;！!？?：:、“”《》]/.test(s) && !/^特此[\u4e00-\u9fff]{1,3}$/.test(s) && !FILE_NAME_RE.test(s);
}

/** What may follow a list of 《》 documents in a title: a count of them (两个计划, 等三个文件, 等文件), or nothing. */
const BOOK_LIST_TAIL_RE = /^(?:等?(?:[两二三四五六七八九十]{1,2}|[0-9]{1,2})(?:个|项|份|部|本|类|件)[\u4e00-\u9fff]{0,12}|等[\u4e00-\u9fff]{0,12})?$/;
/** What stands between two 《》 documents of a list: nothing, 、 ， 和 及 与 以及. */
const BOOK_SEP_RE = /^(?:|、|，|,|和|及|与|以及)$/;

/**
 * 《A》《B》两个行动计划 (a title printing two or more documents, then a count of them): the names A, B; undefined when
 * x is no such list (《A》《B》实施细则 names one document).
 */
function bookList(x: string): string[] | undefined {
  if (!x.startsWith('《')) return undefined;
  const names: string[] = [];
  let depth = 0;
  let open = -1;
  let last = 0; // end of the last 》
  for (let i = 0; i < x.length; i++) {
    const c = x[i];
    if (c === '《') {
      if (depth === 0) {
        if (!BOOK_SEP_RE.test(x.slice(last, i))) return undefined;
        open = i;
      }
      depth++;
    } else if (c === '》' && depth > 0) {
      depth--;
      if (depth === 0) {
        names.push(x.slice(open + 1, i));
        last = i + 1;
      }
    } else if (depth === 0 && i - last > 20) return undefined;
  }
  if (depth !== 0 || names.length < 2 || !BOOK_LIST_TAIL_RE.test(x.slice(last))) return undefined;
  return names;
}

/** The kinds of a table issued with its 方案 (任务分解表, 任务分工(表), 职责分工, 工作台账, 一览表): a document's name. */
const TABLE_KIND_RE = /(?:分解表|任务分工表?|职责分工表?|台账|一览表)$/;

function splitTitled(x: string): string[] {
  const strip = (s: string) => s.replace(/^《(.*)》$/, '$1');
  const listed = bookList(x);
  if (listed) return listed;
  // 关于印发X和Y的通知: split only where every part names a document.
  for (const sep of ['和', '及', '、']) {
    if (!x.includes(sep)) continue;
    const parts = x.split(sep);
    // (a part may end with its qualifier: ……管理办法（试行）, ……规划（2021—2025年）)
    // (a 工作总结 too: 印发2023年工作总结和2024年工作要点)
    // (a 方案's 任务分解表 / 任务分工(表) / 职责分工 / 工作台账 / 一览表 is a document too: 印发某县X工作方案和任务分解表)
    const named = (p: string) => {
      const q = p.replace(/[（(][^（()）]{1,12}[）)]$/, '');
      return /^《.*》$/.test(p) || DOC_TYPE_RE.test(q) || TABLE_KIND_RE.test(q) || p.endsWith('总结');
    };
    if (parts.length > 1 && parts.every(named)) return parts.map(strip);
  }
  return [strip(x)];
}

/**
 * Two or more consecutive citations (《X》和《Y》, 《X》、《Y》, 《X》《Y》) whose names joined by what stands between them
 * make `want` (normalised): their names; undefined when none do.
 */
function citedList(text: string, cited: TextSpan[], want: string): string[] | undefined {
  for (let a = 0; a + 1 < cited.length; a++) {
    let acc = normTitle(cited[a].text);
    if (!want.startsWith(acc)) continue;
    for (let b = a + 1; b < cited.length && b - a < 8; b++) {
      const sep = text.slice(cited[b - 1].end, cited[b].start);
      if (!BOOK_SEP_RE.test(sep)) break;
      acc += sep + normTitle(cited[b].text);
      if (acc === want) return cited.slice(a, b + 1).map((c) => c.text.slice(1, -1));
      if (!want.startsWith(acc)) break;
    }
  }
  return undefined;
}

/** A date whose day lost its 日 (2023年1月19): its year, month and day, its text as written. */
function bareDayDate(text: string, s: number, e: number): DateMention {
  const t = text.slice(s, e);
  const m = /^([0-9０-９]{4})年([0-9０-９]{1,2})月([0-9０-９]{1,2})$/.exec(t)!;
  const num = (x: string) => Number(x.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10)));
  return { start: s, end: e, text: t, style: 'arabic', year: num(m[1]), month: num(m[2]), day: num(m[3]), wrongZeros: [] };
}

/** A date of digits alone (20181224): its year, and its month and day when the digits read one way only. */
function digitDate(text: string, s: number, e: number): DateMention {
  const lost = lostNianRead(text.slice(s, e));
  if (lost) return { start: s, end: e, text: text.slice(s, e), style: 'arabic', year: lost.year, month: lost.month, day: lost.day, wrongZeros: [] };
  const spaced = spacedDateRead(text.slice(s, e));
  const reads = spaced ? [spaced] : digitDateReads(text.slice(s, e))!;
  const d: DateMention = { start: s, end: e, text: text.slice(s, e), style: 'arabic', year: reads[0][0], wrongZeros: [] };
  if (reads.length === 1) {
    d.month = reads[0][1];
    d.day = reads[0][2];
  }
  return d;
}

/** How far right (in columns: a blank 1, U+3000 2, a tab 4) a line must be set to read as a 成文日期 with no 署名 above it. */
const FAR_RIGHT_COLUMNS = 20;

/** The columns of blanks from the start of its line to s, or -1 when something else stands before s on its line. */
function lineIndent(text: string, s: number): number {
  let w = 0;
  for (let j = s - 1; j >= 0; j--) {
    const c = text.charCodeAt(j);
    if (c === 10 || c === 13) break;
    if (c === 0x20) w += 1;
    else if (c === 0x3000) w += 2;
    else if (c === 9) w += 4;
    else return -1;
  }
  return w;
}

/**
 * Paragraph i is a 成文日期 of 7 or 8 digits alone (a page that set 年 月 日 — and the 署名 — as images: 2017927),
 * set far right on its line right after the body's closing sentence (……请认真贯彻执行。), reading as one date only
 * (2017111 reads two ways: no date). Not body text: a line of digits at the body's indent is no date.
 */
export function farRightDigitDate(text: string, paras: Paragraph[], i: number): boolean {
  if (i < 1) return false;
  const p = paras[i];
  const len = p.end - p.start;
  if (len < 7 || len > 8) return false;
  const reads = digitDateReads(text.slice(p.start, p.end));
  if (!reads || reads.length !== 1 || lineIndent(text, p.start) < FAR_RIGHT_COLUMNS) return false;
  const q = paras[i - 1];
  const last = text.charCodeAt(trimEnd(text, q.start, q.end) - 1);
  return (last === 0x3002 /* 。 */ || last === 0xff01 /* ！ */) && markerAt(text, q.start, q.end) === null;
}

/** An 附件说明 item's number: 1. 2、 １． */
const NOTE_ITEM_RE = /^[0-9０-９]{1,2}[.．、][ \u3000]*/;

/**
 * The first 附件说明 (附件：…, its numbered items under it) at or after `from` when the paragraph right after it (or after
 * an 附件 / 附件2 label line) is one of the documents it lists, alone on its line (a title: short, unpunctuated), with a
 * section marker after it: the 附件说明's first paragraph, the paragraph after its last item, the names listed.
 */
function listedDocumentAfterNote(
  text: string,
  paras: Paragraph[],
  from: number,
  pt: (i: number) => string,
  isMarker: (i: number) => boolean,
): { note: number; next: number; names: string[] } | undefined {
  const n = paras.length;
  let k = from;
  while (k < n && !/^附件[ \u3000]*[:：]/.test(pt(k))) k++;
  if (k >= n) return undefined;
  const name = (s: string): string => {
    s = s.replace(NOTE_ITEM_RE, '').trim();
    return FILE_NAME_RE.test(s) ? s.slice(0, s.lastIndexOf('.')) : s;
  };
  const first = pt(k).replace(/^附件[ \u3000]*[:：][ \u3000]*/, '');
  const names = first ? [name(first)] : [];
  let e = k;
  while (e + 1 < n && NOTE_ITEM_RE.test(pt(e + 1))) names.push(name(pt(++e)));
  let t = e + 1;
  if (t < n && /^附件[ \u3000]*[0-9０-９]*$/.test(pt(t))) t++;
  if (t + 1 >= n || isMarker(t)) return undefined;
  const s = pt(t);
  if (s.length > 100 || PUNCT_RE.test(s) || !names.some((x) => x && normTitle(x) === normTitle(s))) return undefined;
  for (let m = t + 1; m < n; m++) if (isMarker(m)) return { note: k, next: e + 1, names: names.filter((x) => x) };
  return undefined;
}

/** A qualifier of a draft or a trial closing a title: （试行） （征求意见稿）. */
const DRAFT_QUALIFIER_RE = /^[（(](?:试行|暂行|修订|修订稿|征求意见稿|送审稿|草案)[）)]$/;

/**
 * A title without the draft's qualifier closing it (某县防汛应急预案（试行） → 某县防汛应急预案); the title otherwise. (Not a
 * period, ……三年行动计划(2022-2024年): the name may run on to the next line, ……工作方案.)
 */
function withoutQualifier(s: string): string {
  if (!/[）)]$/.test(s)) return s;
  const o = Math.max(s.lastIndexOf('（'), s.lastIndexOf('('));
  return o > 0 && DRAFT_QUALIFIER_RE.test(s.slice(o)) ? s.slice(0, o) : s;
}

/** Every 《 in s is closed. */
function booksClosed(s: string): boolean {
  let d = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x300a) d++;
    else if (c === 0x300b && d > 0) d--;
  }
  return d === 0;
}

/**
 * A paragraph holding a 署名 and its 成文日期 on one line, glued or set apart by blanks (某县人民政府办公室2024年6月1日,
 * 某县人民政府办公室　2024年6月1日): the date's range, and where the text after it starts (the paragraph's end, or —
 * collapsed, a blank after the date — the attached title running on: ……办公室2024年6月1日 某县防汛应急预案). The text
 * before the date must be an issuing body's name; undefined otherwise.
 */
export function signedDateAt(text: string, p: Paragraph): { ds: number; de: number; rest: number } | undefined {
  const len = p.end - p.start;
  if (len < 12 || (len > 60 && !p.collapsed)) return undefined;
  const lim = Math.min(p.end - 8, p.start + 42);
  for (let i = p.start + 2; i <= lim; i++) {
    let de = dateAt(text, i);
    // (or one with 号 for 日, or its month and day in Chinese numerals: 某县人民政府办公室 2024年3月15号)
    let odd = false;
    if (de < 0) {
      const m = matchAt(ODD_DATE_AT_RE, text, i);
      if (!m) continue;
      de = i + m[0].length;
      odd = true;
    }
    // (a full date, to its 日)
    if (text.charCodeAt(de - 1) !== 0x65e5 && !odd) return undefined;
    const name = text.slice(p.start, trimEnd(text, p.start, i));
    if (!issuerLine(name) || isBlank(name.charCodeAt(0))) return undefined;
    const rest = skipSpaces(text, de, p.end);
    if (rest === p.end) return { ds: i, de, rest };
    // (not the 版记's 印发 line: 某某办公室2024年6月1日 印发)
    return p.collapsed && rest > de && !text.startsWith('印发', rest) ? { ds: i, de, rest } : undefined;
  }
  return undefined;
}

/** An issuing body's name on a line of its own (a 署名, or an attached document's issuer under its title). */
export function issuerLine(s: string): boolean {
  s = s.trim();
  return sigLike(s) && SIG_END_RE.test(s);
}

/** A 成文日期 matched by ODD_SIGN_DATE_RE: its year, month and day, its text as written. */
function oddDate(text: string, s: number, e: number): DateMention {
  const t = text.slice(s, e);
  const y = t.indexOf('年');
  const m = t.indexOf('月');
  const num = (x: string): number => {
    if (/^[0-9０-９]+$/.test(x)) return Number(x.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10)));
    const CN = '一二三四五六七八九';
    const k = x.indexOf('十');
    if (k < 0) return CN.indexOf(x) + 1;
    return (k === 0 ? 1 : CN.indexOf(x[0]) + 1) * 10 + (k === x.length - 1 ? 0 : CN.indexOf(x[k + 1]) + 1);
  };
  return { start: s, end: e, text: t, style: 'arabic', year: num(t.slice(0, y)), month: num(t.slice(y + 1, m)), day: num(t.slice(m + 1, t.length - 1)), wrongZeros: [] };
}

function ownDate(text: string, s: number, e: number): DateMention {
  const v = dateValues(text, s, e);
  return { start: s, end: e, text: text.slice(s, e), ...v };
}

function ownDocNumber(text: string, p: Range): DocNumber {
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

/** [s, e) holds only blanks and line breaks. */
function onlyBlank(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (!isBlank(c) && c !== 10 && c !== 13) return false;
  }
  return true;
}
