// The issuing body named in the title and the 发文机关署名 must be the same body (GB/T 9704-2012 §7.3.5.1).
import type { Rule } from '../../rule';
import type { UnitRegistry } from '../../units/registry';
import { findSpamRuns } from '../stray/stray-spam';

/** 嘉兴市人民政府办公室关于印发…的通知 → ['嘉兴市人民政府办公室']; joint: A、B关于… → [A, B]. */
export function titleIssuers(title: string): string[] {
  // (a page's column or validity tag before the title, 【意见征集】 [置顶] （已失效）, names no issuer)
  const tag = LEADING_TAG_RE.exec(title);
  if (tag) {
    const rest = title.slice(tag[0].length);
    // a site's place tag glued to its level ([重庆]市农业委员会…) is the issuer's own place name: keep it
    // (a site's region tag is square-bracketed; 【通知】 is a column)
    const place = /^[\[［]([\u4e00-\u9fff]{2,4})[\]］]$/.exec(tag[0]);
    title = place && /^[省市县区州盟旗]/.test(rest) ? place[1] + rest : rest;
  }
  // (a list bullet before the title, ·某县教育局关于…, names no issuer)
  title = title.replace(BULLET_RE, '');
  let cut = title.indexOf('关于');
  if (cut <= 0) return [];
  // 嘉兴市人民政府批转市财政局关于…的通知 / 嘉兴市人民政府办公室转发市发改委关于…的通知: the issuer stands before 批转
  const verb = /批转|转发|印发|颁发|颁布/.exec(title.slice(0, cut));
  if (verb) cut = verb.index;
  if (cut <= 0) return [];
  return title
    .slice(0, cut)
    .split(/[、，,\s]+/)
    .flatMap(splitAtHe)
    .map((s) => s.trim())
    // (a year before or after the issuer, 2024年某县关于… / 某区2024年关于…, is the title's, not the issuer's)
    .map((s) => s.replace(YEAR_EDGE_RE, ''))
    .filter((s) => s.length >= 2);
}

/** A list bullet a page sets before a title (·, •, ・). */
const BULLET_RE = /^[ \u3000]*[·•・][ \u3000]*/;
/** A year at the start or the end of the title's words before 关于 (2024年某县, 某区2024年度). */
const YEAR_EDGE_RE = /^[0-9０-９]{4}年度?|[0-9０-９]{4}年度?$/g;

/**
 * Short forms the unit registry cannot say, longest first, with the full name each stands for. The registry's
 * aliases (安委办, 安委会办公室, 爱卫办, 爱卫会办公室, 文明办, 食安办, 食安委, 妇儿工委, 城管局, 防指 for 防汛防台抗旱指挥部 …) are
 * compared through ctx.units; only these stay here:
 * - 经普办: the census's leading group is set up for one census (第五次全国经济普查领导小组办公室), no standing
 *   department of the level-generic data;
 * - 防指, 防指办, 防汛办 for 防汛抗旱指挥部 (and its office): the data files these short forms under 防汛防台抗旱指挥部
 *   and keeps 防汛抗旱指挥部 a variant apart; one short form of two names is no alias of either;
 * - 城市管理综合行政执法局, which signs as 城管局 (the data's 城市管理局): the data keeps 城市管理行政执法局 and
 *   综合行政执法局 variants apart from 城市管理局, so the full name is no alias of it there.
 */
const SHORT_FORMS: [string, string][] = [
  ['城市管理综合行政执法局', '城市管理局'],
  ['经普办', '经济普查领导小组办公室'],
  ['防指办', '防汛抗旱指挥部办公室'],
  ['防汛办', '防汛抗旱指挥部办公室'],
  ['防指', '防汛抗旱指挥部'],
];
/** A body the government sets up (……委员会, ……指挥部, ……领导小组, and their 办公室): named with or without 人民政府 before it. */
const GOV_BODY_RE = /(?:人民政府|政府)(?!办公室)(?=[\u4e00-\u9fff]{2,24}(?:委员会|指挥部|领导小组)(?:办公室)?$)/;
/** 人民政府 before a body's short form (某县人民政府安委办): dropped when the registry's full name of the rest is such a body. */
const GOV_RE = /(?:人民政府|政府)(?!办公室)/;
const GOV_BODY_END_RE = /(?:委员会|指挥部|领导小组)(?:办公室)?$/;
/** 第五次全国经济普查领导小组办公室: the census's number and 全国 are left out of the short form. */
const CENSUS_RE = /第[一二三四五六七八九十]{1,3}次全国(?=[\u4e00-\u9fff]{0,4}普查)/;

/** The name with a short form of SHORT_FORMS at its end written out (某县经普办 → 某县经济普查领导小组办公室). */
function expandShort(name: string): string {
  for (const [short, full] of SHORT_FORMS) {
    const at = name.length - short.length;
    if (at >= 0 && name.endsWith(short)) return name.slice(0, at) + full;
  }
  return name;
}

/**
 * The registry's identity of a body's name (its entry and place: 某县安委会办公室 and 某县安全生产委员会办公室 give
 * one key), 人民政府 left out before a body the government sets up; the name itself when the registry does not know it.
 */
function registryKey(name: string, units: UnitRegistry): string {
  const plain = name.replace(GOV_BODY_RE, '');
  if (plain === name) {
    // 某县人民政府安委办: 人民政府 before a short form, left out when the registry reads the rest as such a body
    const g = GOV_RE.exec(name);
    if (g && g.index > 0) {
      const c = units.classify(name.slice(0, g.index) + name.slice(g.index + g[0].length));
      if (c.status === 'known' && c.key !== undefined && c.info && GOV_BODY_END_RE.test(c.info.name)) return `\u0000${c.key}`;
    }
  }
  const c = units.classify(plain);
  return c.status === 'known' && c.key !== undefined ? `\u0000${c.key}` : plain;
}

/** A name's forms for comparing: as written, and with a short form of SHORT_FORMS written out (某县防指 → 某县防汛抗旱指挥部). */
function bodyForms(name: string): string[] {
  const k = name.replace(/[\s\u3000]+/g, '').replace(CENSUS_RE, '');
  const full = expandShort(k);
  return full === k ? [k] : [k, full];
}

/**
 * Two forms name one body after a common owner the registry does not read as a place (某某有限公司安委会 /
 * 某某有限公司安全生产委员会, 某某管委会安委办 / 某某管委会安全生产委员会办公室): what follows the owner is one entry.
 */
function sameAfterOwner(a: string, b: string, units: UnitRegistry): boolean {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  for (let i = n; i >= 2; i--) {
    if (a.length - i < 2 || b.length - i < 2) continue;
    const ca = units.classify(a.slice(i).replace(GOV_BODY_RE, ''));
    if (ca.status !== 'known' || ca.key === undefined) continue;
    if (units.classify(b.slice(i).replace(GOV_BODY_RE, '')).key === ca.key) return true;
  }
  return false;
}

/**
 * Two names of one body: one registry entry at one place (某县安委会办公室 / 某县人民政府安全生产委员会办公室), read
 * as written or with a short form of SHORT_FORMS written out (某县防指 is the registry's 防汛防台抗旱指挥部 and the
 * list's 防汛抗旱指挥部), or the same entry after the same owner. 领导小组 and 领导小组办公室, a committee and its office
 * stay apart.
 */
function sameBody(a: string, b: string, units: UnitRegistry): boolean {
  const fa = bodyForms(a);
  const fb = bodyForms(b);
  const kb = fb.map((f) => registryKey(f, units));
  if (fa.some((f) => kb.includes(registryKey(f, units)))) return true;
  return fa.some((x) => fb.some((y) => sameAfterOwner(x, y, units)));
}

/** Bracketed tags a page sets before a title: 【意见征集】 【通知】 [置顶] （已失效）. */
const LEADING_TAG_RE = /^(?:[ \u3000]*(?:【[^【】]{1,10}】|[\[［][^\[\]［］]{1,10}[\]］]|[（(](?:已失效|已废止|失效|废止|已修订)[）)]))+[ \u3000]*/;

/** 区政府办公室 → 区人民政府办公室: 政府 is the usual short form of 人民政府 in a body's name. */
function fullGov(name: string): string {
  let out = '';
  let from = 0;
  for (let k = name.indexOf('政府'); k >= 0; k = name.indexOf('政府', k + 2)) {
    out += name.slice(from, k) + (name.slice(Math.max(0, k - 2), k) === '人民' ? '政府' : '人民政府');
    from = k + 2;
  }
  return out + name.slice(from);
}

/** Characters a body's name ends with: A和B关于… is a joint title only where 和 follows one of them. */
const BODY_END = '局委办厅部院会府室处所站队中心团司行社组署馆校台关';

/** 市发展改革委和市财政局 → two bodies; 嘉兴市人力资源和社会保障局 stays one (和 inside a name). */
function splitAtHe(part: string): string[] {
  const k = part.lastIndexOf('和');
  if (k <= 0 || part.length - k - 1 < 2 || !BODY_END.includes(part[k - 1])) return [part];
  return [...splitAtHe(part.slice(0, k)), part.slice(k + 1)];
}

/** `name` is two or more of `parts` written one after another. */
function coveredBy(name: string, parts: string[]): boolean {
  let rest = name;
  let count = 0;
  while (rest.length > 0) {
    const p = parts.find((x) => rest.startsWith(x));
    if (!p) return false;
    rest = rest.slice(p.length);
    count++;
  }
  return count >= 2;
}

/** An issuer that starts with its level (区人民政府办公室, 县财政局): its place name left out. */
const PLACELESS = /^[省市县区州盟旗乡镇]/;

/** A province or autonomous region's name (湖北省, 广西壮族自治区), written before a body of that province. */
const PROVINCE = /^[\u4e00-\u9fff]{2,8}(?:省|自治区)$/;

/** `long` is `short` with its province or region before it (湖北省武汉市人民政府 / 武汉市人民政府). */
function provincePrefixed(long: string, short: string): boolean {
  return short.length >= 4 && long.length > short.length && long.endsWith(short) && PROVINCE.test(long.slice(0, long.length - short.length));
}

/** A city-level place, after its province or not (厦门市, 湖北省武汉市, 恩施土家族苗族自治州): what heads a district's name. */
const CITY = /^(?:[\u4e00-\u9fff]{2,8}?(?:省|自治区))?[\u4e00-\u9fff]{2,10}?(?:市|自治州|州|地区|盟)$/;
/** A body's name opening with a county-level place (湖里区人民政府办公室, 临江县财政局, 昆山市人民政府). */
const COUNTY_BODY = /^[\u4e00-\u9fff]{1,8}?(?:区|县|市|旗)[\u4e00-\u9fff]{2}/;

/** `long` is `short` (a county-level body) with its city before it (厦门市湖里区人民政府办公室 / 湖里区人民政府办公室). */
function cityPrefixed(long: string, short: string): boolean {
  return long.length > short.length && long.endsWith(short) && COUNTY_BODY.test(short) && CITY.test(long.slice(0, long.length - short.length));
}

/** A county-level place, after its province and city or not (海盐县, 明光市, 嘉兴市海盐县): what heads a town's body. */
const COUNTY = /^[\u4e00-\u9fff]{1,20}?(?:县|市|区|旗)$/;
/** A 乡镇 or 街道's body, its town named first (潘村镇人民政府, 武原街道办事处, 潘村镇党政办公室). */
const TOWN_BODY = /^[\u4e00-\u9fff]{2,6}?(?:镇|乡|街道)[\u4e00-\u9fff]{2}/;

/** `long` is `short` (a 乡镇 or 街道 body) with its county, district or city before it (明光市潘村镇人民政府 / 潘村镇人民政府). */
function countyPrefixed(long: string, short: string): boolean {
  return long.length > short.length && long.endsWith(short) && TOWN_BODY.test(short) && COUNTY.test(long.slice(0, long.length - short.length));
}

/** 潘村镇党政办 → 潘村镇党政办公室, 县政府办 → 县政府办公室: 办 is the usual short form of an office's 办公室. */
function fullOffice(name: string): string {
  return /(?:党政|政府)办$/.test(name) ? `${name}公室` : name;
}

/** 某县教育局等三部门 (a joint title naming its first issuer and a count of the rest): group 1 the first issuer. */
const DENG_N = /^(.{2,}?)等(?:[两二三四五六七八九十]{1,3}|[0-9０-９]{1,2})?[个家]?(?:部门|单位|机关|部委)$/;

/** A place's own name (某某县, 某某高新区, 某某街道): the body governing it signs with 人民政府/政府/管委会/办事处 after it. */
const PLACE_END = /(?:[省市县区镇乡旗州盟]|街道)$/;
const PLACE_BODY = /^(?:人民政府|政府|管委会|管理委员会|办事处)$/;

/** The 署名 `signed` is the body of the place `issuer`: 某某高新区 / 某某高新区管委会, 某某县 / 某某县人民政府, 某某街道 / 某某街道办事处. */
function placeBody(issuer: string, signed: string): boolean {
  if (!PLACE_END.test(issuer) || !signed.startsWith(issuer)) return false;
  const rest = signed.slice(issuer.length);
  // (a 街道 signs as its 办事处; a county, district or zone as its government or 管委会)
  return PLACE_BODY.test(rest) && (rest === '办事处') === issuer.endsWith('街道');
}

function canonical(name: string, units: UnitRegistry): string {
  return units.lookup(name)?.name ?? name.replace(/\s+/g, '');
}

export const noticeIssuerMismatch: Rule = {
  id: 'notice-issuer-mismatch',
  defaultSeverity: 'warning',
  owner: 'other',
  description: {
    zh: '标题中的发文机关与发文机关署名不一致。',
    en: 'The issuing body in the title differs from the signature.',
  },
  check(ctx) {
    const { notice } = ctx.doc;
    if (!notice.title || notice.signatures.length === 0) return;
    const issuers = titleIssuers(notice.title.text);
    if (issuers.length === 0) return;
    // 江南体育官方网站入 关于… signed 某市江南体育官方网站入: injected spam in place of the names (stray-spam's error);
    // names spoilt by it are not compared
    if ([...issuers, ...notice.signatures.map((s) => s.text)].some((x) => findSpamRuns(x).length > 0)) return;
    const signed = new Set(notice.signatures.flatMap((s) => s.text.split(/[\s\u3000]+/)).filter(Boolean).map((s) => canonical(s, ctx.units)));
    // a 署名 spaced out character by character (国 务 院): the name without its blanks
    for (const s of notice.signatures) if (/[\s\u3000]/.test(s.text)) signed.add(canonical(s.text.replace(/[\s\u3000]+/g, ''), ctx.units));
    const rawSigned = notice.signatures.flatMap((s) => s.text.split(/[\s\u3000]+/)).filter((x) => x.length >= 2);
    for (const named of issuers) {
      // 某县教育局等三部门: the first issuer is compared (the others the title leaves unnamed)
      const deng = DENG_N.exec(named);
      const issuer = deng ? deng[1] : named;
      if (signed.has(canonical(issuer, ctx.units))) continue;
      if (rawSigned.some((x) => placeBody(issuer, x))) continue;
      // joint issuers on lines of their own above the title (中共X工作委员会|X管理委员会|关于……): the title's
      // text runs their names together, each one signed
      if (coveredBy(issuer, rawSigned)) continue;
      // 区人民政府办公室关于… signed 蔡甸区人民政府办公室: a county or district's own office often leaves its
      // place out of the title; the signature names the same body in full
      // (区政府办公室 for 区人民政府办公室: the usual short form of the same body)
      // (党政办 for 党政办公室, 政府办 for 政府办公室: the same body's usual short form)
      const full = fullOffice(fullGov(issuer));
      if (rawSigned.some((x) => fullOffice(fullGov(x)) === full)) continue;
      if (PLACELESS.test(issuer) && rawSigned.some((x) => fullOffice(fullGov(x)).length > full.length && fullOffice(fullGov(x)).endsWith(full))) continue;
      // 湖北省武汉市人民政府关于… signed 武汉市人民政府 (a law database's copy), or the other way round: the same
      // body with its province or region written before it
      if (rawSigned.some((x) => provincePrefixed(issuer, x) || provincePrefixed(x, issuer))) continue;
      // 湖里区人民政府办公室关于… signed 厦门市湖里区人民政府办公室, or the other way round: a district or county body
      // with its city written before it
      if (rawSigned.some((x) => cityPrefixed(fullGov(issuer), fullGov(x)) || cityPrefixed(fullGov(x), fullGov(issuer)))) continue;
      // 武原街道办事处关于… signed 海盐县武原街道办事处, or the other way round: a 乡镇 or 街道 body with its county,
      // district or city written before it
      if (rawSigned.some((x) => countyPrefixed(full, fullOffice(fullGov(x))) || countyPrefixed(fullOffice(fullGov(x)), full))) continue;
      // 某县安委会办公室 for 某县人民政府安全生产委员会办公室, 某县防汛抗旱指挥部 for 某县人民政府防汛抗旱指挥部: the same
      // body, as the registry (or, for what it cannot say, SHORT_FORMS) reads them
      if (rawSigned.some((x) => sameBody(x, issuer, ctx.units))) continue;
      const sig = notice.signatures[0];
      ctx.report({
        range: sig,
        message: {
          zh: `发文机关署名“${notice.signatures.map((s) => s.text).join('、')}”与标题中的发文机关“${named}”不一致（GB/T 9704-2012 7.3.5.1：署名应为发文机关全称或规范化简称）。`,
          en: `The signature "${notice.signatures.map((s) => s.text).join(', ')}" differs from the issuing body in the title, "${named}" (GB/T 9704-2012 §7.3.5.1).`,
        },
        related: [{ range: notice.title, message: { zh: '通知标题', en: 'the notice’s title' } }],
        fixes:
          issuers.length === 1 && notice.signatures.length === 1 && !deng
            ? [{ title: { zh: `署名改为“${issuer}”`, en: `Sign as ${issuer}` }, edits: [{ range: sig, newText: issuer }], safe: false }]
            : [],
      });
      return;
    }
  },
};
