// In a 印发 notice the title's document, the 《X》 the body cites and the attached document's title
// must name the same document (GB/T 9704-2012 §7.3.1, §7.3.4).
import type { Rule } from '../../rule';
import { isLevelOrPlace } from '../../units/grammar';
import { documentName, normalizeTitle } from './normalize';

/**
 * A normalised title without its nested 书名号 (《X<Y>Z》 and 《XYZ》 name the same document), brackets or quotation marks
 * (a page that lost one: ……计划2020—2022年), 提升助老三件事…… for 提升“助老三件事”……; the lone mark is punct-unbalanced's).
 */
// (a nested title's 的 before its kind, 关于促进……发展的实施方案, is often left out where the notice's title would say
// 的 twice — 印发关于促进……发展实施方案的通知: compared without it)
const loose = (s: string): string => dropKindDe(s.replace(/[《》()"']/g, ''));

/** 关于X的实施方案 → 关于X实施方案: a 关于 name's last 的, when it stands within its last eight characters. */
function dropKindDe(s: string): string {
  if (!s.startsWith('关于')) return s;
  const k = s.lastIndexOf('的');
  return k > 2 && s.length - k <= 8 ? s.slice(0, k) + s.slice(k + 1) : s;
}

/**
 * A document's name in 书名号: 《X》, any 《》 inside it written 〈〉 (GB/T 15834-2011 4.15: 区《政府工作报告》目标任务分解方案
 * → 《区〈政府工作报告〉目标任务分解方案》).
 */
const book = (name: string): string => `《${name.replace(/《/g, '〈').replace(/》/g, '〉')}》`;

/**
 * A document's name standing on its own, as an attached document's title line: a document it nests in 《》 (某县贯彻《防洪法》
 * 实施方案), where inside an outer 《》 it is written 〈〉.
 */
const standalone = (name: string): string => name.replace(/〈/g, '《').replace(/〉/g, '》');

const ISSUING = /印发|下发|颁布|发布|转发|批转|现将|现予|予以/;
const SENTENCE_END = /[。！？!?\r\n]/;

/** The sentence holding [s, e) (at most 200 characters each side, not before `from`). */
function sentenceAround(text: string, s: number, e: number, from: number): string {
  let a = s;
  while (a > from && s - a < 200 && !SENTENCE_END.test(text[a - 1])) a--;
  let b = e;
  while (b < text.length && b - e < 200 && !SENTENCE_END.test(text[b])) b++;
  return text.slice(a, b);
}

/** A 《…》 citation (one level; nested 〈〉 inside are part of it). */
const CITATION = /《[^《》]*》/g;

const CLAUSE_END = /[，,；;。：:！？!?\r\n]/;
/**
 * Words opening the clause of a cited basis: 根据《……》要求, 为贯彻落实《……》 (no 将 把 现 between: 现按照要求将《X》
 * 印发给你们 issues X).
 */
const BASIS_BEFORE = /(?:根据|按照|依据|依照|遵照|参照|贯彻|落实)[^将把现]*$/;
/** What follows a cited basis (after its 发文字号 in brackets): 《……》（某发〔2024〕5号）要求, 《……》精神. */
const BASIS_AFTER = /^(?:[（(][^（）()《》]{0,30}[）)])?的?(?:要求|精神|规定|部署|安排)/;

/**
 * The citation [s, e) names the basis of the sentence, not what it issues: 根据市指挥部《关于发布……的通知》要求，
 * 区指挥部决定发布…… (its clause opens with 根据 按照 依据 …, or 要求 精神 规定 … follow it).
 */
function isBasis(text: string, s: number, e: number, from: number): boolean {
  let a = s;
  while (a > from && s - a < 40 && !CLAUSE_END.test(text[a - 1])) a--;
  if (BASIS_BEFORE.test(text.slice(a, s).replace(CITATION, '《》'))) return true;
  return BASIS_AFTER.test(text.slice(e, e + 40));
}

/** The last two characters of a document's name (方案 办法 细则 …): what kind of document it is. */
const kindOf = (name: string): string => name.slice(-2);

/** A year (年度) written right before a cited 《X》. */
const YEAR_BEFORE = /[0-9０-９]{4}年度?$/;

/** A revision note ending an attached title — (2019年11月修订), (2023年修正) — is no part of the name it issues. */
const REVISION_NOTE = /\((?:[0-9]{4}年)?(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?(?:修订|修正)\)$/;

function withoutRevisionNote(title: string): string {
  return title.replace(REVISION_NOTE, '');
}

/** The items an 附件说明 lists when it lists two or more (附件：1.X 2.Y), normalised; [] otherwise. */
function noteItems(note: string | undefined): string[] {
  if (!note) return [];
  const items = note
    .replace(/^附件[ \u3000]*[:：]/, '')
    .split(/(?:^|\s)[0-9０-９]{1,2}[ \u3000]*[.．、]/)
    .map((x) => normalizeTitle(x.trim()))
    .filter(Boolean);
  return items.length >= 2 ? items : [];
}

export const noticeTitleMismatch: Rule = {
  id: 'notice-title-mismatch',
  defaultSeverity: 'error',
  owner: 'other',
  description: {
    zh: '印发通知的标题、正文所引《X》与所附文件的标题不一致。',
    en: 'In a 印发 notice, the title, the 《X》 cited in the body and the attached document’s title disagree.',
  },
  check(ctx) {
    const { notice, attachment } = ctx.doc;
    if (notice.kind !== 'issue' || notice.titledDocuments.length === 0 || !notice.title) return;
    // (the names as written back, in a message or a fix: 关于印发 《某县防汛应急预案》的通知 issues 某县防汛应急预案, not
    // ` 《某县防汛应急预案》` — its blanks and outer 书名号 are no part of the name)
    const names = notice.titledDocuments.map(documentName);
    const titled = names.map(normalizeTitle);
    const titledText = names.map(book).join('、');
    const issuers = issuerNames(notice);
    // the body must cite each titled document (when it cites any in its first sentence)
    // only the sentence that issues the document (现将《X》印发给你们): a 通报 on how 《政府工作报告》 was carried
    // out cites other documents in passing
    const from = notice.body?.start ?? 0;
    // (the issuing word is looked for outside the 书名号: 按照《关于印发……的通知》要求 cites the basis, not what is issued)
    // (and a basis cited in the issuing sentence is no issued document: 根据《关于发布……的通知》要求，决定发布……)
    const sentences = new Map<(typeof notice.citedTitles)[number], string>();
    const cited = notice.citedTitles.filter((c) => {
      const s = sentenceAround(ctx.doc.text, c.start, c.end, from).replace(CITATION, '《》');
      sentences.set(c, s);
      return ISSUING.test(s) && !isBasis(ctx.doc.text, c.start, c.end, from);
    });
    // 现将2023年县政府工作报告任务分解一览表印发给你们: the issuing sentence names the titled document without 书名号
    // (the 《政府工作报告》 it also cites is the one the issued table derives from)
    const namedPlain = cited.some((c) => {
      const s = loose(normalizeTitle(sentences.get(c) ?? ''));
      return titled.some((t) => t.length >= 6 && s.includes(loose(t)));
    });
    // 关于印发《某县应急管理“五个全覆盖”工作方案》的通知 whose body issues the five plans it is made of: an umbrella
    // title over two or more documents of its kind (the attached one is one of them)
    const citedNames = [...new Set(cited.map((c) => normalizeTitle(c.text)))];
    const umbrella = titled.length === 1 && citedNames.length >= 2 && citedNames.every((c) => kindOf(c) === kindOf(titled[0]));
    if (cited.length > 0 && !namedPlain && !umbrella) {
      const citedNorm = cited.map((c) => normalizeTitle(c.text));
      // 现将2023年《X》印发给你们 for 关于印发2023年X的通知: the year written before the 书名号 is part of the name
      for (const c of cited) {
        const before = ctx.doc.text.slice(Math.max(0, c.start - 7), c.start);
        const y = YEAR_BEFORE.exec(before);
        if (y) citedNorm.push(normalizeTitle(y[0] + c.text.slice(1, -1)));
      }
      // 关于印发2022年《政府工作报告》主要任务落实情况的通报: a body citing 《政府工作报告》 names the document
      // the issued one is about, not the issued one
      // (compared without 书名号: 印发《X<政府工作报告>Y》 nests 《政府工作报告》, and a body writing 《X政府工作报告Y》
      // without the inner marks names the same document)
      const titledLoose = titled.map(loose);
      const nested = (c: string) => {
        const n = `《${normalizeTitle(c)}》`;
        return titled.some((t) => t.includes(n));
      };
      // (and not a document a titled one names without 书名号: 《政府工作报告》 for 《2023年县政府工作报告任务分解表》)
      const inside = (c: string) => {
        const n = loose(normalizeTitle(c));
        return titledLoose.some((t) => t.length > n.length && t.includes(n));
      };
      const first = cited.find((c) => !nested(c.text) && !inside(c.text)) ?? cited.find((c) => !nested(c.text)) ?? cited[0];
      const citedLoose = citedNorm.map(loose);
      // (《某县防汛应急预案》 for 防汛应急预案 issued by 某县人民政府: the issuer's place before the name)
      // (and 《某区某街道防汛应急预案》 for 某市某区某街道防汛应急预案: the higher place levels left out, or added as the issuer names them)
      const placed = citedNorm.some((c) => placePlusTitled(c, titled, issuers) || titled.some((t) => placeLevelsLeftOut(c, t, issuers)));
      if (!titledLoose.some((t) => citedLoose.includes(t)) && !cited.every((c) => nested(c.text)) && !placed) {
        ctx.report({
          range: first,
          message: {
            zh: `正文所引${first.text}与标题中印发的${titledText}名称不一致，三处应为同一文件名称。`,
            en: `The body cites "${first.text}", but the title issues ${titledText}: they must name the same document.`,
          },
          related: [{ range: notice.title, message: { zh: '通知标题', en: 'the notice’s title' } }],
          fixes:
            names.length === 1
              ? [{ title: { zh: `改为${book(names[0])}`, en: `Write ${book(names[0])}` }, edits: [{ range: first, newText: book(names[0]) }], safe: false }]
              : [],
        });
      }
    }
    // 关于印发X和Y的通知 whose body issues 《X》和《Z》: the title not matched stands joined (和 及 、 与) to one that is
    if (titled.length >= 2 && cited.length >= 2) {
      const text = ctx.doc.text;
      const citedNorm = cited.map((c) => normalizeTitle(c.text));
      // (关于印发……工作方案和考核办法的通知: a later title may drop the prefix the first one names)
      const same = (c: string, t: string) => c === t || c.endsWith(t);
      const ok = citedNorm.map((c) => titled.some((t) => same(c, t)));
      // (《X》《Z》 printed side by side is a list too)
      const joined = (a: number, b: number) => /^(?:|和|及|、|与|以及)$/.test(text.slice(cited[a].end, cited[b].start));
      const unmatched = new Set(titled.filter((t) => !citedNorm.some((c) => same(c, t))));
      for (let i = 0; i < cited.length; i++) {
        if (ok[i] || unmatched.size === 0) continue;
        if (!((i > 0 && ok[i - 1] && joined(i - 1, i)) || (i + 1 < cited.length && ok[i + 1] && joined(i, i + 1)))) continue;
        const want = names[titled.indexOf([...unmatched][0])];
        ctx.report({
          range: cited[i],
          message: {
            zh: `正文所引${cited[i].text}与标题中印发的${titledText}名称不一致，三处应为同一文件名称。`,
            en: `The body cites "${cited[i].text}", but the title issues ${titledText}: they must name the same document.`,
          },
          related: [{ range: notice.title, message: { zh: '通知标题', en: 'the notice’s title' } }],
          fixes: unmatched.size === 1 ? [{ title: { zh: `改为${book(want)}`, en: `Write ${book(want)}` }, edits: [{ range: cited[i], newText: book(want) }], safe: false }] : [],
        });
      }
    }
    const attachedTitle = attachment ? normalizeTitle(attachment.title.text) : '';
    if (
      attachment &&
      !titled.includes(attachedTitle) &&
      !titled.map(loose).includes(loose(attachedTitle)) &&
      !titled.includes(withoutRevisionNote(attachedTitle)) &&
      // 关于印发……五大专项行动方案的通知 issuing five plans: the attached document is one the 附件说明 lists
      !noteItems(notice.attachmentNote?.text).includes(attachedTitle) &&
      // 《某县巩固提升就业帮扶车间等“三大专项行动”实施方案》 bundling several plans: the attached one is the part before
      // 等 with the bundle's kind (某县巩固提升就业帮扶车间专项行动实施方案)
      !titled.some((t) => bundleMember(attachedTitle, t)) &&
      !(umbrella && citedNames.includes(attachedTitle)) &&
      // the issuer's name heading the issued title (某镇人民政府 / 2024年政府工作报告): the issuer as the 署名 or the
      // title (……关于印发) gives it
      !issuerPlusTitled(attachedTitle, titled, notice) &&
      // or only the place the issuer's name opens with (某县 / 某县防汛应急预案)
      !placePlusTitled(attachedTitle, titled, issuers) &&
      // or the name with its higher place levels left out (某区某街道防汛应急预案 for 某市某区某街道防汛应急预案), or added as the
      // issuer names them (某区某街道防汛应急预案 for 某街道防汛应急预案 issued by 某市某区某街道办事处)
      !titled.some((t) => placeLevelsLeftOut(attachedTitle, t, issuers))
    ) {
      ctx.report({
        range: attachment.title,
        message: {
          zh: `所附文件的标题“${attachment.title.text}”与通知标题中印发的${titledText}不一致。`,
          en: `The attached document is titled "${attachment.title.text}", but the notice's title issues ${titledText}.`,
        },
        related: [{ range: notice.title, message: { zh: '通知标题', en: 'the notice’s title' } }],
        fixes:
          names.length === 1
            ? [{ title: { zh: `改为“${standalone(names[0])}”`, en: `Write ${standalone(names[0])}` }, edits: [{ range: attachment.title, newText: standalone(names[0]) }], safe: false }]
            : [],
      });
    }
  },
};

/** A bundle's name: what stands before 等, a count of documents (三大 三个 3项), what they are. */
const BUNDLE = /^(.{4,60}?)等"?(?:[两二三四五六七八九十]{1,2}|[0-9]{1,2})(?:大|个|项|类|条)(.{2,30})$/;

/**
 * `attached` is one member of the bundle `titled` names (某县巩固提升就业帮扶车间等"三大专项行动"实施方案): it opens with the
 * part before 等 and ends with the bundle's kind (实施方案, or its last two characters 方案), with at most 12 characters between.
 */
function bundleMember(attached: string, titled: string): boolean {
  const m = BUNDLE.exec(titled);
  if (!m || !attached.startsWith(m[1])) return false;
  const rest = attached.slice(m[1].length);
  const tail = loose(m[2]);
  return rest === tail || (rest.length <= tail.length + 12 && rest.endsWith(kindOf(tail)) && rest.length > 2);
}

/** The notice's issuers as written: its 署名 and the title's words before 关于 (normalised). */
function issuerNames(notice: { title?: { text: string }; signatures: { text: string }[] }): string[] {
  const issuers = notice.signatures.map((s) => normalizeTitle(s.text));
  const t = notice.title ? normalizeTitle(notice.title.text) : '';
  const k = t.indexOf('关于');
  if (k > 0) issuers.push(t.slice(0, k));
  return issuers;
}

/** A place's name (某县, 某市某区, 某某街道): what an issuing body's name opens with. */
const PLACE_END = /(?:[省市县区镇乡旗州盟]|街道)$/;

/**
 * `name` is an issued title `t` with a place written before it that an issuer's name starts with (某县防汛应急预案 for
 * 防汛应急预案 issued by 某县人民政府): the same document, named with its place as the 冠以发文机关名称 form is.
 */
function placePlusTitled(name: string, titled: string[], issuers: string[]): boolean {
  return titled.some((t) => {
    if (t.length < 2 || name.length <= t.length || !name.endsWith(t)) return false;
    const place = name.slice(0, name.length - t.length);
    return place.length <= 12 && PLACE_END.test(place) && issuers.some((i) => i.length > place.length && i.startsWith(place));
  });
}

/** The longest place name a name can open with (西双版纳傣族自治州 is 9 characters). */
const MAX_PLACE = 10;
/** Words that end in a level but name no place of their own (全区, 本市, 各县), or are no place at all (关于加强市). */
const NOT_A_PLACE = /关于|印发|的|^[全本各][省市县区镇乡]/;

/**
 * The length of the place name `s` opens with at `i` (某市, 开福区, 月湖街道, 某某自治州), read by the unit grammar (a name
 * ending in a level, with no word of a body's name): the shortest such name, with the level after a place whose own name
 * ends in 州 or 乡 (某州市, 某乡县); 0 when none.
 */
function placeAt(s: string, i: number): number {
  const end = Math.min(s.length, i + MAX_PLACE);
  for (let j = i + 2; j <= end; j++) {
    const p = s.slice(i, j);
    if (!isLevelOrPlace(p) || NOT_A_PLACE.test(p)) continue;
    if (/[州乡]$/.test(p) && j < s.length && /[省市县区盟旗]/.test(s[j]) && isLevelOrPlace(p + s[j])) return j + 1 - i;
    return j - i;
  }
  return 0;
}

/** `s` read as place names one after another (某市某区 → 某市, 某区); undefined when some part of it is no place. */
function placesOf(s: string): string[] | undefined {
  const out: string[] = [];
  for (let i = 0; i < s.length; ) {
    const n = placeAt(s, i);
    if (n === 0) return undefined;
    out.push(s.slice(i, i + n));
    i += n;
  }
  return out;
}

/**
 * `a` and `b` (normalised) name the same document but for the higher place levels one of them leaves out: the longer is
 * place names followed by the shorter, which opens with a place of its own that an issuer names (某市某区某街道防汛应急预案
 * and 某区某街道防汛应急预案, 某街道防汛应急预案 issued by 某市某区某街道办事处). When the longer one is not the title's name
 * `t` (it adds the places), each place it adds is one an issuer's name holds: 另区某街道防汛应急预案 for 某街道防汛应急预案 is
 * another street.
 */
function placeLevelsLeftOut(a: string, t: string, issuers: string[]): boolean {
  if (a === t) return false;
  const titledLonger = t.length > a.length;
  const [long, short] = titledLonger ? [t, a] : [a, t];
  if (!long.endsWith(short)) return false;
  const own = placeAt(short, 0);
  // (the shorter name keeps a place and more than it: 防汛应急预案 for 某市防汛应急预案 leaves out every place)
  if (own === 0 || short.length - own < 2) return false;
  const added = placesOf(long.slice(0, long.length - short.length));
  if (!added) return false;
  const place = short.slice(0, own);
  return issuers.some((i) => i.includes(place) && (titledLonger || added.every((p) => i.includes(p))));
}

/** The attached title is the notice's issuer (its 署名, or the title before 关于) followed by an issued title. */
function issuerPlusTitled(attached: string, titled: string[], notice: { title?: { text: string }; signatures: { text: string }[] }): boolean {
  const issuers = issuerNames(notice);
  return titled.some((x) => x.length > 0 && attached.endsWith(x) && issuers.includes(attached.slice(0, attached.length - x.length)));
}
