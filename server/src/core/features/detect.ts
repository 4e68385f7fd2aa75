// Does a plain-text document look like a 公文? Used by the client (gongwen.plaintext = auto) to
// decide, once per opened .txt, whether to serve it. Pure and linear: it looks at the first
// DETECT_LIMIT characters only, cut into short segments (split at line breaks, spaces, U+3000 and
// `|`), and runs small anchored regexes on segments of bounded length.
//
// A notice needs BOTH
//  - a title sign: a title 关于……的通知/意见/方案/决定/批复/报告/… (possibly over two lines), or an
//    issuing body followed by a document type (西安市……分工方案, 市政府工作报告重点工作责任分解), or a
//    document number such as 嘉政发〔2009〕61号;
//  - a structural sign: a 主送机关 line (…人民政府，…各部门：), a 一、/（一） heading marker at the start of
//    a segment, a 成文日期 standing alone (2010年12月9日, 二〇一〇年十二月九日), or a task-assignment
//    label (牵头单位：, 责任单位:, （X牵头）).

/** How many characters of the document are looked at. */
export const DETECT_LIMIT = 4000;

/** Longest segment considered as a title (a title over two lines is two segments joined). */
const MAX_TITLE = 100;
/** Longest segment considered as a 主送机关 line or a date. */
const MAX_LINE = 160;

export interface NoticeDetection {
  notice: boolean;
  /** The segment that gave the title sign, if any. */
  title?: string;
  /** The segment that gave the structural sign, if any. */
  sign?: string;
}

const DOC_TYPES = '通知|通报|意见|方案|决定|批复|报告|请示|函|纪要|公告|通告|规定|办法|细则|决议|命令|议案|计划|规划|要点|责任分解|任务分解|分解表|清单';
// A title ends in a document type and holds no sentence punctuation.
const ENDS_WITH_TYPE = new RegExp(`(?:${DOC_TYPES})$`);
const TITLE_PUNCT = /[。！？；：:!?;]/;
// 西安市……分工方案, 市政府……责任分解: an issuing body or a place near the start (not its first
// character alone: 市长的决定 is not a title).
const BODY_HEAD = /^(?:国务院|[^，,]{0,12}?(?:人民政府|政府|办公厅|办公室|委员会|管委会|党委|党组)|[^，,]{1,12}?[省市县区州旗盟])/;
// A trailing （2023年） / （试行） / (征求意见稿) after a title.
const TRAILING_NOTE = /[（(][^（()）]{1,12}[）)]$/;
// 嘉政发〔2009〕61号, 国办发[2018]128号.
const DOC_NUMBER = /[\u4e00-\u9fff]{1,10}[〔［[]\s?(?:19|20)\d\d\s?[〕］\]]\s?\d{1,5}\s?号/;

// 主送机关: a short segment ending in a body and a colon.
const RECIPIENTS = /^[^。！？!?]{0,150}?(?:政府|部门|单位|机构|机关|委员会|办公厅|党组|党委|[局委厅办院])[：:]$/;
// 一、 （一） (一) at the start of a segment (also the wrong forms 一. 一．).
const HEADING = /^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[）)])/;
// 成文日期 alone: 2010年12月9日, 二〇一〇年十二月九日 (○ and 零 as written in the wild).
const DATE =
  /^(?:(?:19|20)\d\d|(?:１９|２０)[０-９]{2}|[〇○零Ｏ一二][〇○零Ｏ一二三四五六七八九]{3})年(?:\d{1,2}|[０-９]{1,2}|[一二三四五六七八九十]{1,2})月(?:\d{1,2}|[０-９]{1,2}|[一二三四五六七八九十]{1,3})日$/;
// Assignment labels and notes.
const ASSIGNMENT = /(?:牵头|责任|参与|配合|协办|主办|承办|负责)(?:单位|部门)\s?[：:]|[（(][^（()）。]{2,40}(?:牵头|负责|指导)[）)]/;

function isSeparator(c: number): boolean {
  return (
    c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c ||
    c === 0x3000 || c === 0xa0 || c === 0x7c /* | */ || c === 0xfeff
  );
}

/** Cuts the head of the text into segments (no separators inside, none empty). */
function segments(text: string): string[] {
  const end = Math.min(text.length, DETECT_LIMIT);
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < end; i++) {
    if (isSeparator(text.charCodeAt(i))) {
      if (start >= 0) out.push(text.slice(start, i));
      start = -1;
    } else if (start < 0) start = i;
  }
  if (start >= 0) out.push(text.slice(start, end));
  return out;
}

function stripTitle(s: string): string {
  let t = s;
  // Twice: 方案（试行）（2023年）.
  for (let k = 0; k < 2 && t.length > 4 && TRAILING_NOTE.test(t); k++) t = t.replace(TRAILING_NOTE, '');
  return t;
}

function isTitle(s: string): boolean {
  if (s.length < 5 || s.length > MAX_TITLE) return false;
  const t = stripTitle(s);
  if (TITLE_PUNCT.test(t) || !ENDS_WITH_TYPE.test(t)) return false;
  const about = t.indexOf('关于');
  if (about >= 0 && about <= 40 && about + 2 < t.length - 1) return true;
  return BODY_HEAD.test(t) && !/[，,]/.test(t);
}

function structuralSign(s: string): boolean {
  if (HEADING.test(s)) return true;
  if (s.length <= MAX_LINE && (RECIPIENTS.test(s) || DATE.test(s))) return true;
  return ASSIGNMENT.test(s.length > 400 ? s.slice(0, 400) : s);
}

/** The decision with the evidence that led to it (for tests and the status item's tooltip). */
export function detectNotice(text: string): NoticeDetection {
  const segs = segments(text);
  let title: string | undefined;
  let sign: string | undefined;
  for (let i = 0; i < segs.length && (title === undefined || sign === undefined); i++) {
    const s = segs[i];
    if (title === undefined) {
      if (isTitle(s)) title = s;
      else if (
        i + 1 < segs.length &&
        s.length + segs[i + 1].length <= MAX_TITLE &&
        !isTitle(segs[i + 1]) &&
        isTitle(s + segs[i + 1])
      )
        title = s + segs[i + 1]; // a title over two lines
      else if (s.length <= 400 && DOC_NUMBER.test(s)) title = s;
      if (title !== undefined) continue; // a title is not also its own structural sign
    }
    if (sign === undefined && structuralSign(s)) sign = s.length > 40 ? s.slice(0, 40) + '…' : s;
  }
  return { notice: title !== undefined && sign !== undefined, title, sign };
}

/** True when a plain-text document should be served as a notice (gongwen.plaintext = auto). */
export function looksLikeNotice(text: string): boolean {
  return detectNotice(text).notice;
}
