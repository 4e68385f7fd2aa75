// Web residue around a scraped notice: breadcrumbs, page fields (发布日期/信息来源/浏览次数 …),
// page UI (打印本页/关闭窗口 …), runs of `|`, and the gov.cn metadata table.
//
// Where residue is looked for (never inside the document body):
// - the head zone: lines before the first body line (a line that is not wholly residue and holds
//   。，,；; ends with a colon, or starts with a section marker). Whole lines there may be residue;
//   in a head line that is not wholly residue (the title line, or a collapsed text) residue runs are
//   looked for after each run of spaces, up to the line's first body punctuation. A whole line may also be a
//   row of the metadata table written with `|` or without colons (labelledRow; one label and its value a line: bareRows),
//   an accessibility toolbar (toolbarLines), a channel banner (业务板块Business), a page date with its clock
//   time, or the value of a label left empty on the line before; a list bullet (•, or `- `) goes with the residue;
//   a law site's header (its name and channel, then a copy of the title the next line holds) and a law or news site's
//   own lines (disclaimers, a lead-in, a database's ®提示 note: siteNoteLine) are read here and in the tail zone only;
// - the tail zone: whole residue lines at the end, then a residue run that ends the last content line
//   (the seed's `作者: 信息来源: |`), looked for in that line's last 300 characters;
// - anywhere: a run of `|` ending a non-table line (` | |` after the seed's title), lines holding
//   only `|` or only page UI, and `label | value |` rows of the metadata table. Other lines of a task table
//   are never residue.
import type { Range, ResidueKind, ResidueNode } from '../model';
import * as charsModule from './chars';
// local bindings: direct calls in hot loops (no module-interop getter per call)
const { isColon, isDigit, isSpace, lineContentEnd, matchAt, pipeCounts, sentencePeriodAt, skipSpaces, trimEnd } = charsModule;
import * as markersModule from './markers';
// local bindings: direct calls in hot loops (no module-interop getter per call)
const { markerAt } = markersModule;

interface Piece extends Range {
  kind: ResidueKind;
}

const FIELD_WORDS = [
  // (发表日期: 2020-11-18 来源:… 作者:… 该信息已被浏览:)
  '发表日期', '发表时间', '该信息已被浏览', '已被浏览',
  // (信息提供日期:2013-10-21 【字体:)
  '信息提供日期',
  '发布日期', '发布时间', '更新日期', '更新时间', '归档时间', '信息来源', '文章来源', '稿件来源', '来源', '浏览次数', '访问次数', '阅读次数',
  '点击次数', '点击数', '点击量', '阅读量', '访问量', '浏览量', '责任编辑', '作者', '编辑',
  // a news page's 点击:8次 and its editor 责编：张三
  '点击', '责编', '时间', '日期', '上一篇', '下一篇',
  // a law database's head: `浏览:9249`, `阅读:8548` (after 浏览次数/浏览量/阅读次数) and `下载地址: 点击此处下载`
  '浏览', '阅读', '下载地址',
  // a community site's poster (信息发布者:张某某); the page's date line (今天是:2025年12月06日)
  '信息发布者', '发布者', '今天是',
  // (the page's date line left empty: 今天:)
  '今天',
  // `发布:湖州卫生健康委` (the page's publisher; after 发布日期/发布时间, which take the colon first)
  // `发布人:某某公司` (the page's poster; before 发布)
  '发布人',
  '发布',
  // a forum post's fields (Discuz: 阅读: 7384 评论: 1, 来自: 安徽)
  '评论', '回复', '来自',
];
const FIELD_RE = new RegExp(`(?:${FIELD_WORDS.join('|')})[ \\u3000]*[:：]`, 'y');
const DATE_FIELDS = /^(?:信息提供日期|发表日期|发表时间|今天是|今天|发布日期|发布时间|更新日期|更新时间|归档时间|时间|日期)/;
const COUNT_FIELDS = /^(?:该信息已被浏览|已被浏览|浏览次数|访问次数|阅读次数|点击次数|点击数|点击量|阅读量|访问量|浏览量|浏览|阅读|评论|回复|点击)/;
// a counter written without its colon (被阅读6415次, 评论1), standing before a blank, a comma, a pipe, a bracket or the
// line end (阅读100本书 is prose)
const GLUED_COUNT_RE = /(?:被阅读|被浏览|阅读|浏览|评论)[ \u3000]*[0-9]+次?(?=[ \u3000,，|｜【\[\r\n]|$)/y;
// a forum post's time (Discuz: 发表于 2021-9-17 01:53:22)
const POSTED_RE = /发表于[ \u3000]*/y;
// (a page may write its clock time with a blank after the colon: 2022-04-18 09: 47)
const DATETIME_RE = /[0-9]{4}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2}日?(?:[ \u3000]+[0-9]{1,2}[:：] ?[0-9]{2}(?:[:：][0-9]{2})?(?![0-9]))?/y;
// 点击: takes a number only (点击：网上报名系统 is a sentence's)
const CLICK_LABEL_RE = /^点击[ \u3000]*[:：]$/;
// (a counter the page left as a dash or empty brackets: 浏览次数:-, 点击:[])
const COUNT_RE = /[0-9]+次?|-(?![0-9A-Za-z-])|[\[［【][ \u3000]*[\]］】]/y;
// a page's publication date with its clock time, without a label (`2021-06-18 09:30`): a notice never writes the time
/** A date ending an item, and a clock time standing after it. */
const DATE_END_RE = /[0-9]{4}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2}日?$/;
const CLOCK_RE = /[0-9]{1,2}[:：][0-9]{2}(?:[:：][0-9]{2})?(?![0-9])/y;
const CLOCK_DATETIME_RE = /[0-9]{4}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2}日?[ \u3000]+[0-9]{1,2}[:：][0-9]{2}(?:[:：][0-9]{2})?(?![0-9])/y;
// (a font-size switch cut short where the page's links were dropped: `字号:【`, `【字体:`; the page's colour switch
// 视力保护色; the share line 用微信扫描二维码分享至好友和朋友圈 or its bare 用微信扫描二维码; a comment box or related-links
// heading (网友评论, 相关阅读); an image's file name left by a dropped picture (xndy01.jpg); a lone 返回 / 返 回 link;
// a site's filing numbers (甘公网安备62052302000005号, 京ICP备05070218号-1), a news page's tag line (本文标签: ,车辆 ,人员)
// and its further-reading headings (相关推荐, 猜你喜欢); a government site's prompts under a policy page: 为了便于其他人查询和了解政策，请为本文选择一个合适的主题。 / 可登录个人中心查看咨询回复情况)
const PAGE_UI_RE =
  /(?:【[ \u3000]*(?:打印(?:本页)?|关闭(?:窗口)?|字体[:：]?[ \u3000]*大[ \u3000]*中[ \u3000]*小|收藏|返回顶部)[ \u3000]*】|打印本页|关闭窗口|打印此页|收藏本页|返回顶部|回到顶部|扫一扫在手机打开当前页|扫一扫在手机上查看当前页面|分享到[:：]?|字号[:：][ \u3000]*[【\[]?大[ \u3000]*中[ \u3000]*小[】\]]?|【[ \u3000]*大[ \u3000]*中[ \u3000]*小[ \u3000]*】|字号[:：][ \u3000]*[【\[](?![ \u3000]*[^ \u3000\r\n])|【[ \u3000]*字体[:：]?(?![ \u3000]*[^ \u3000\r\n])|(?:选择阅读)?(?:字号|字体大小|字体)[:：][ \u3000]*(?:[【\[［][ \u3000]*(?:大[ \u3000]*中[ \u3000]*小[ \u3000]*)?[】\]］]?)?(?![\u3400-\u9fff])|(?:(?:进入|退出)(?:老年版|关怀版|长者版|长辈版|适老版|无障碍(?:浏览)?|长者模式|关怀模式)|文章播报|语音播报|无障碍浏览|长者模式|关怀模式|长辈版|关怀版|适老版|老年版|长者版|登录个人中心|打印收藏)(?![\u3400-\u9fff])|视力保护色[:：]?|用?微信扫描二维码(?:分享(?:至|到)好友和朋友圈)?(?![\u3400-\u9fff])|(?:网友评论|最热评论|最新评论|发表评论|我要评论|相关阅读|相关新闻|相关文章|相关推荐|猜你喜欢|大家正在看)(?![\u3400-\u9fff])|[\u4e00-\u9fff]{1,4}公网安备[ \u3000]*[0-9]{8,}号|[\u4e00-\u9fff]{1,2}ICP备[ \u3000]*[0-9]{4,}号(?:-[0-9]{1,3})?|本文标签[:：](?:[ \u3000]*[,，、][ \u3000]*[\u4e00-\u9fffA-Za-z0-9]{1,12}|[ \u3000]+[\u4e00-\u9fffA-Za-z0-9]{1,12})*|[0-9A-Za-z_-]+\.(?:jpg|jpeg|png|gif|bmp|webp|JPG|JPEG|PNG|GIF)(?![0-9A-Za-z])|返[ \u3000]?回(?![\u3400-\u9fff])|(?:为了便于其他人查询和了解政策[,，]?[ \u3000]*)?请为本文选择一个合适的主题[。.]?|可登录个人中心查看咨询回复情况[。.]?|(?:转载|原创)(?![\u3400-\u9fff])|【[ \u3000]*(?:打印(?:本页)?|关闭(?:窗口)?)(?=[ \u3000\r\n]|$)|【[ \u3000]*(?:字体|字号)[:：]?[ \u3000]*】|【[ \u3000]*(?:字体|字号)[:：](?=[ \u3000\r\n]|$)|[\[【]复制链接[\]】]|(?:显示全部楼层|阅读模式|只看该作者|倒序浏览|电梯直达|来自手机|无标题文档)(?![\u3400-\u9fff]))/y;
// a site's buttons, residue only as a whole line (关闭, 举报, 提交, 购物车, 打赏捐赠, !我要举报这篇文章): in the body these
// words are verbs of a sentence
// (also a page's 朗读 / 打印 / 收藏 buttons and a search box's 开始检索 / 精确检索)
// (a site's bar: 设为首页 / 加入收藏)
const PAGE_BUTTON_RE = /[!！]?(?:设为首页|加入收藏|收藏本站|关闭|举报|提交|购物车|打赏(?:捐赠)?|我要举报(?:这篇文章|本文)?|点赞|登录|注册|朗读|打印|收藏|无障碍|开始检索|精确检索)(?![\u3400-\u9fff])/y;
// buttons read only in the head and tail zones: a forum's bar under each post (回复 / 使用道具 举报 / 复制链接) and a
// page's share and script switches (• 微信 / • 微博 / • 繁体字); in the body a line 回复 or 微信 may be the notice's
// (and a bare 分享 after the metadata table in a collapsed head: … 有效性 某县……计划 分享 某县人民政府 关于…)
// (a law site's buttons: 找律师咨询 / 下载法规 / 我要纠错)
const ZONE_BUTTON_RE = /(?:找律师咨询|律师咨询|下载法规|法规下载|我要纠错|法规纠错|回复|使用道具|复制链接|微信|微博|QQ空间|朋友圈|繁体字|繁體|简体字|分享|今日头条|头条)(?![\u3400-\u9fff])/y;
// a forum's buttons only after another button (回复 列表 顶部): alone, 列表 or 顶部 may be a word of the notice
const AFTER_BUTTON_RE = /(?:列表|顶部|返回列表)(?![\u3400-\u9fff])/y;
// a share bar's further targets after another share button, in the head and tail zones only (微博 空间 qq: 空间 is QQ空间)
const SHARE_AFTER_RE = /(?:空间|qq|QQ)(?![\u3400-\u9fffA-Za-z0-9])/y;
// a page's channel name or its home-page link on a line of its own above the title (政府文件 / 首页): a whole line only
// (an issuer's 版头 某县人民政府文件 is no such line)
const CHANNEL_RE = /(?:政府文件|政策文件|部门文件|通知公告|网站首页|返回首页|首页)(?=[ \u3000|｜\r\n]|$)/y;
// a page's counter in brackets without its value: （点击次数）, [浏览次数:12]
const BRACKET_COUNT_RE = /[（(\[【][ \u3000]*(?:浏览次数|访问次数|阅读次数|点击次数|点击数|点击量|阅读量|访问量|浏览量)(?:[ \u3000]*[:：]?[ \u3000]*[0-9]*次?)?[ \u3000]*[）)\]】]/y;
// a WeChat article's tail (预览时标签不可点收录于话题#个上一篇下一篇, 阅读原文, 微信扫一扫关注该公众号)
const WECHAT_RE = /(?:预览时标签不可点|收录于话题|微信扫一扫(?:可打开此内容，?使用完整服务|关注该公众号)|阅读原文(?![\u3400-\u9fff])|轻点两下取消(?:赞|在看)|继续滑动看下一个)/y;
// a comment box under the page, a whole line in the head or tail zone only (标签: / 留言与评论(共有 0 条评论) / 验证码:)
// (a tag line may list its tags: 标签: 表彰 道路; in a run of residue only the bare label counts)
const TAG_LINE_RE = /标签[ \u3000]*[:：](?:[ \u3000]*[,，、][ \u3000]*[\u4e00-\u9fffA-Za-z0-9]{1,12}|[ \u3000]+[\u4e00-\u9fffA-Za-z0-9]{1,12})*/y;
const COMMENT_BOX_RE =
  /(?:标签[ \u3000]*[:：]|(?:留言与评论|网友评论|评论|留言)[ \u3000]*[(（][ \u3000]*共有?[ \u3000]*[0-9]+[ \u3000]*条(?:评论|留言)?[ \u3000]*[)）]|验证码[ \u3000]*[:：])/y;
// a site's disclaimer: 声明 / 免责声明 / 版权声明 followed by what it says of the page (本文由…, 本站…)
// (also in brackets: [免责声明] 本文来源于网络转载…)
const DISCLAIMER_RE = /(?:[\[［【][ \u3000]*(?:免责声明|版权声明|声明)[ \u3000]*[\]］】]|免责声明|版权声明|声明)[ \u3000]*[:：]?[ \u3000]*(?:本文|本站|本网|文章|转载|以上)/y;
// a reposting site's own disclaimer under the notice, a whole line in the tail zone only (本站部分信息由…提供…不承担任何保证责任。,
// 本网部分转载文章、图片等无法联系…)
const SITE_DISCLAIMER_RE = /(?:本站|本网站|本网)[^\r\n]{0,200}?(?:不承担|转载|侵权|版权归)/y;
// a site's welcome banner on a line of its own above the notice (欢迎访问某某网!, 欢访问合作社法务网! where the page lost 迎)
const WELCOME_RE = /^欢迎?(?:访问|光临|来到)[\u4e00-\u9fffA-Za-z0-9.]{1,24}?(?:网站|网|平台|门户)[ \u3000]*[!！]?$/;
// the banner at the start of a line that goes on with the site's buttons (欢迎来到某某平台! 设为首页 收藏)
const WELCOME_HEAD_RE = /欢迎?(?:访问|光临|来到)[\u4e00-\u9fffA-Za-z0-9.]{1,24}?(?:网站|网|平台|门户)[ \u3000]*[!！]?(?=[ \u3000])/y;
// the link to the page a reposting site copied (原文链接:http://…), in the head or tail zone
const SOURCE_LINK_RE = /(?:原文链接|原文地址|原文网址|原文出处|本文链接|本文地址|文章链接|文章地址|来源链接|转载地址|网页链接)[ \u3000]*[:：][ \u3000]*(?:https?:\/\/|www\.)[!-~]*/y;
// also a trail starting at the home page: 首页 > 政务公开 > 政策文件 (首页 only when a separator follows)
const BREADCRUMB_RE =
  /(?:当前位置|您的位置|您现在的位置|您现在所在的位置|您当前所在的位置|您当前的位置|你的位置|你现在的位置|您当前所在位置|当前所在位置|您所在位置|所在位置|您当前浏览位置|当前浏览位置)[ \u3000]*[:：]?|当前所在[ \u3000]*[:：]|(?:网站首页|首页|主页)(?=[ \u3000]*(?:>|＞|»|›|→))/y;
const CRUMB_SEP_RE = /(?:>>|＞＞|>|＞|»|›|→)/y;
// a trail set with slashes (首页 / 政务公开 / 历史公报 / 2023年第1期): from the home page, two slashes at least, no item
// with a sentence's punctuation (网站首页/专栏页面要及时更新。 is a sentence)
const SLASH_CRUMB_RE = /(?:网站首页|首页|主页)(?=[ \u3000]*[/／])/y;
const SLASH_SEP_RE = /[/／]/y;
// a site's channel name before 丨 (政务服务丨), or its quoted page tag before a blank (“党政混合信息公开” ), starting a head
// line with more after it (a title opening with a quoted phrase has no blank after the quote)
const TITLE_TAG_RE = /[\u4e00-\u9fff]{2,8}[丨｜](?=[\u4e00-\u9fff“《])|“[\u4e00-\u9fff]{2,12}”(?=[ \u3000]+[^ \u3000\r\n])/y;
// a page's validity tag on a title (（已失效）, (已废止), [失效])
const VALIDITY_WORDS = '(?:已|全文|部分)?(?:失效|废止)|已被废止|已撤销|已作废';
const VALIDITY_TAG_RE = new RegExp(`(?:[（(][ \\u3000]*(?:${VALIDITY_WORDS})[ \\u3000]*[）)]|[\\[［【][ \\u3000]*(?:${VALIDITY_WORDS})[ \\u3000]*[\\]］】])`, 'y');
// a site's column tag before a title: 【意见征集】, 【通知】, [置顶], 【转载】, 【公示】 (two to six Han characters in square brackets)
const COLUMN_TAG_RE = /(?:【[ \u3000]*[\u4e00-\u9fff]{2,6}[ \u3000]*】|[\[［][ \u3000]*[\u4e00-\u9fff]{2,6}[ \u3000]*[\]］])/y;
/** The characters that end a place's name (市 省 县 区 州 盟 旗 镇 乡 村, 自治区's 自). */
const PLACE_SUFFIX_CHARS = new Set([...'市省县区州盟旗镇乡村自'].map((c) => c.charCodeAt(0)));
/**
 * A page's column tag (COLUMN_TAG_RE) or validity tag (VALIDITY_TAG_RE) starting a head line at t, right followed (blanks
 * between) by a title (关于…, or ending with a document type) up to the next blank or `limit`: the tag's end, else -1.
 */
function columnTagEnd(text: string, t: number, limit: number): number {
  const m = matchAt(COLUMN_TAG_RE, text, t) ?? matchAt(VALIDITY_TAG_RE, text, t);
  if (!m) return -1;
  const y = skipSpaces(text, t + m[0].length, limit);
  if (y >= limit) return -1;
  // (a law site's bracketed place glued to the issuer's name, [重庆]市农业委员会…: part of the name)
  if (y === t + m[0].length && PLACE_SUFFIX_CHARS.has(text.charCodeAt(y))) return -1;
  const w = wordEnd(text, y, limit);
  return w - y >= 6 && TITLE_WORD_RE.test(text.slice(y, w)) ? t + m[0].length : -1;
}
/**
 * Validity tags (VALIDITY_TAG_RE) in the head line's [from, limit) glued after a title's last character and followed by a
 * blank or the line's end te: pushed onto `found` as page fields.
 */
function validityTags(text: string, from: number, limit: number, te: number, found: Piece[]): void {
  for (let x = from + 1; x < limit; x++) {
    const c = text.charCodeAt(x);
    if (c !== 0xff08 && c !== 0x28 && c !== 0x5b && c !== 0xff3b && c !== 0x3010) continue;
    if (isSpace(text.charCodeAt(x - 1))) continue;
    const m = matchAt(VALIDITY_TAG_RE, text, x);
    if (!m) continue;
    const e = x + m[0].length;
    if (e > limit || (e < te && !isSpace(text.charCodeAt(e)))) continue;
    found.push({ start: x, end: e, kind: 'field' });
    x = e - 1;
  }
}

// the labels of a gov.cn page's metadata table (索 引 号：, 发文机构：); a page-only word, never the notice's own line
const META_WORDS = [
  '索引号', '索取号', '主题分类', '发文机关', '发文机构', '成文日期', '发文日期', '标题', '发文字号', '发布文号', '主题词', '公文种类', '有效性状态', '有效性',
  '是否有效', '文号', '体裁分类', '组配分类', '信息分类', '服务对象', '发布机构', '发布单位', '生成日期', '生效日期', '生效时间', '失效日期',
  '废止日期', '废止时间', '时效性', '公开方式', '公开形式', '公开范围', '公开类型', '公开属性', '公开期限', '公开目录', '公开日期', '公开责任部门', '所属机构', '文件名称', '文件标题', '内容概述', '核心提示', '政策咨询机关', '政策咨询电话',
  // (文件编号: 有效性: 有效, 文 号: null 所属主题: 已归档)
  '文件编号', '所属主题',
  // (文号: 时效:, • 公文生成日期:2021-11-22)
  '时效', '公文生成日期',
  // (文 号 … 发布日期 … 公开时限 长期公开 / 发布机构 … 所属分类 … 效力状态 有效; 信息索取号: …)
  '公开时限', '所属分类', '效力状态', '信息索取号', '成文时间',
  // (发布机关 某区政府办 统一编号)
  '发布机关', '统一编号',
  // a law site's attribute lines (颁布部门:…, 法律效力:地方规范性文件, 颁布日期:2022-06-23生效日期:2022-06-23)
  '颁布部门', '颁布日期', '颁发部门', '颁发时间', '法律效力', '效力属性', '应用分类',
  // (a dash-list table's last row left empty: - 文件状态:; a colon-less row 公开类别 主动公开)
  '文件状态', '公开类别',
];
// a label read only after another cell of the table (公开方式: 主动公开 有效期: 长期有效 …): alone, `有效期：3年` may be the
// notice's own last line
const INNER_META_RE = /有效期[ \u3000]*[:：]/y;
// a weaker word joined to a page label by a slash (• 备注/文号:某教〔2021〕171号)
const META_PREFIX = "(?:(?:备注|名称|分类|属性)[ \\u3000]*[/／][ \\u3000]*)?";
/** A label whose letters may be spaced out (索 引 号, 标　　题). */
const spacedWord = (w: string): string => w.split('').join('[ \\u3000]*');
// a law database's 【label】value cells (北大法宝 and the sites copying it: 【法宝引证码】CLI.12.1234567, 【字 号】…)
const LAW_DB_WORDS = [
  '法宝引证码', '制定机关', '发布部门', '颁布部门', '公布日期', '发布日期', '施行日期', '实施日期', '批准日期', '失效日期', '字号', '发文字号', '文号',
  '效力等级', '效力级别', '时效性', '主题分类', '法规类别', '所属类别', '标题',
  // (【颁发部门】 / 【颁发时间】 / 【实施时间】 / 【效力属性】)
  '颁发部门', '颁发时间', '颁布日期', '实施时间', '效力属性', '法律效力',
];
// (a township page puts the labels in square brackets without colons: [ 索引号 ] 1150…/2023-00004 [ 发文字号 ] …, [ 成文日期 ]
// 2022-12-02 [ 发布日期 ] 2022-12-20)
const BRACKET_FIELD_WORDS = ['发布日期', '发布时间', '更新日期', '更新时间', '信息来源'];
const METADATA_RE = new RegExp(
  '(?:' + META_PREFIX + '(?:' +
    META_WORDS.map(spacedWord).join('|') +
    ')[ \\u3000]*[:：]|[\\[［][ \\u3000]*(?:' +
    [...META_WORDS, ...BRACKET_FIELD_WORDS].map(spacedWord).join('|') +
    ')[ \\u3000]*[\\]］]|【[ \\u3000]*(?:' +
    LAW_DB_WORDS.map(spacedWord).join('|') +
    ')[ \\u3000]*】[:：]?)',
  'y',
);

// a label of the metadata table whose first characters the page cut off (`号: 0030…/2022-00218` for 索引号, `性: 有效` for
// 有效性): the last characters of a page label with its colon
const CUT_LABEL_RE = new RegExp(
  `(?:${[...new Set(META_WORDS.flatMap((w) => Array.from({ length: w.length - 1 }, (_, j) => w.slice(j + 1))))]
    .sort((a, b) => b.length - a.length)
    .join('|')})[ \\u3000]*[:：]`,
  'y',
);

// a breadcrumb set as a numbered list (1. 首页 / 2. 信息公开 / 3. 政策法规 / 4. 县规范性文...): it starts at the home page
const CRUMB_HOME_RE = /(?:网站首页|首页|主页)(?=[ \u3000\r\n]|$)/y;
/**
 * The item numbered k (`k. 信息公开`, `k．`, `k、`) of a numbered trail starting at t: the end of its word (at most 20
 * characters, no sentence mark or colon; the first item is the home page), or -1.
 */
function crumbItemEnd(text: string, t: number, end: number, k: number): number {
  let x = t;
  while (x < end && x - t < 3 && isDigit(text.charCodeAt(x))) x++;
  if (x === t || Number(text.slice(t, x)) !== k) return -1;
  const dot = text.charCodeAt(x);
  if (dot !== 0x2e && dot !== 0xff0e && dot !== 0x3001) return -1;
  const y = skipSpaces(text, x + 1, end);
  if (k === 1) {
    const m = matchAt(CRUMB_HOME_RE, text, y);
    return m ? y + m[0].length : -1;
  }
  let z = y;
  for (; z < end && !isSpace(text.charCodeAt(z)); z++) {
    const c = text.charCodeAt(z);
    if (c === 0x3002 || c === 0xff0c || c === 0x2c || c === 0xff1b || c === 0x3b || isColon(c) || z - y >= 20) return -1;
  }
  return z > y ? z : -1;
}
/**
 * [t, te) is one item of a site's numbered menu (`12. 涉农补贴`, `1．政策问答库`): its number, else -1. The item is one word of
 * Han characters or letters (2–16, no 关于).
 */
function navItemNumber(text: string, t: number, te: number): number {
  let x = t;
  while (x < te && x - t < 2 && isDigit(text.charCodeAt(x))) x++;
  if (x === t || (text.charCodeAt(x) !== 0x2e && text.charCodeAt(x) !== 0xff0e)) return -1;
  const y = skipSpaces(text, x + 1, te);
  if (te - y < 2 || te - y > 16) return -1;
  for (let z = y; z < te; z++) if (!isSiteWordChar(text.charCodeAt(z))) return -1;
  if (text.slice(y, te).includes('关于')) return -1;
  return Number(text.slice(t, x));
}
/**
 * A bulleted info list written on one line from the bullet at y (collapsed: • 信息类别: 县府办字 • 文件编号: …), up to `limit`:
 * items of a bullet, a label (2–8 Han characters or letters), its colon and a one-word value (none when the word after it
 * holds body punctuation or a title), two items at least labelled as the page's (METADATA_RE, FIELD_RE): `ok`, and the
 * end of the last item read (past the bullet when none).
 */
function bulletListEnd(text: string, y: number, limit: number): { end: number; ok: boolean } {
  let end = y + 1;
  let strong = 0;
  for (let x = y; x < limit && isBullet(text.charCodeAt(x)); ) {
    const l = skipSpaces(text, x + 1, limit);
    let c = l;
    while (c < limit && c - l <= 8 && isSiteWordChar(text.charCodeAt(c))) c++;
    if (c - l < 2 || c >= limit || !isColon(text.charCodeAt(c))) break;
    if (matchAt(METADATA_RE, text, l) || matchAt(FIELD_RE, text, l)) strong++;
    end = c + 1;
    const v = skipSpaces(text, c + 1, limit);
    if (v < limit && !isBullet(text.charCodeAt(v))) {
      const w = wordEnd(text, v, limit);
      if (w - v <= 40 && firstBodyPunct(text, v, w) < 0 && !TITLE_WORD_RE.test(text.slice(v, w))) end = w;
    }
    x = skipSpaces(text, end, limit);
  }
  return { end, ok: strong >= 2 };
}
/** A numbered trail of two items at least written on one line from t (collapsed): its end, or -1. */
function numberedTrailEnd(text: string, t: number, end: number): number {
  let k = 1;
  let x = t;
  let last = -1;
  for (;;) {
    const e = crumbItemEnd(text, x, end, k);
    if (e < 0) break;
    last = e;
    k++;
    x = skipSpaces(text, e, end);
  }
  return k >= 3 ? last : -1;
}

const isPipe = (c: number): boolean => c === 0x7c || c === 0xff5c;
const isSep = (c: number): boolean => c === 0x3e || c === 0xff1e || c === 0xbb || c === 0x203a || c === 0x2192;

/**
 * Parses a run of residue tokens from p within [p, end). Returns the pieces (one per token kind run)
 * and the end of the run, or null when no token starts at p. `lineMode`: the run must reach `end` (a whole
 * line); a field's value is still only what its label plausibly holds (see fieldEnd), so a line is wholly
 * residue only when every word on it is, whatever fields stand next to each other.
 */
/**
 * `leadDate` (the head zone only): a bare date opening the run is the page's when page fields follow it on the line
 * (`2017-08-07 来源:本站 | 阅读量:3126`); never at the end of the text, where the date may be the notice's own.
 */
/** `zone`: the run is looked for in the head or tail zone (buttons of ZONE_BUTTON_RE count there only). */
function residueRun(text: string, p: number, end: number, lineMode: boolean, leadDate = false, zone = true): { pieces: Piece[]; end: number } | null {
  const pieces: Piece[] = [];
  let q = p;
  const add = (kind: ResidueKind, s: number, e: number) => {
    const last = pieces[pieces.length - 1];
    // pipes after a field join it (`作者: 信息来源: |`); a leading pipe run stays its own piece
    if (last && (last.kind === kind || kind === 'pipe')) last.end = e;
    else pieces.push({ start: s, end: e, kind });
  };
  for (;;) {
    const t = skipSpaces(text, q, end);
    if (t >= end) break;
    const c = text.charCodeAt(t);
    // a numbered trail (1. 首页 2. 信息公开 3. 政策法规) in the head or tail zone
    if (zone && !pieces.length && c === 0x31) {
      const e = numberedTrailEnd(text, t, end);
      if (e > 0) {
        add('breadcrumb', t, e);
        q = e;
        continue;
      }
    }
    if (leadDate && !pieces.length && isDigit(c)) {
      const d = matchAt(DATETIME_RE, text, t);
      const y = d ? skipSpaces(text, t + d[0].length, end) : -1;
      if (d && y > t + d[0].length && y < end && (matchAt(FIELD_RE, text, y) || matchAt(METADATA_RE, text, y))) {
        add('field', t, t + d[0].length);
        q = t + d[0].length;
        continue;
      }
    }
    // a `/` between two page fields (发布人:某某  /  发布时间:…) goes with them
    if ((c === 0x2f || c === 0xff0f) && pieces.length && pieces[pieces.length - 1].kind === 'field') {
      const y = skipSpaces(text, t + 1, end);
      if (y < end && (matchAt(FIELD_RE, text, y) || matchAt(METADATA_RE, text, y))) {
        pieces[pieces.length - 1].end = t + 1;
        q = t + 1;
        continue;
      }
      break;
    }
    // a comma between two page fields (来源:专题维护,被阅读6415次,日期:2018-12-29) goes with them
    if ((c === 0x2c || c === 0xff0c) && pieces.length && pieces[pieces.length - 1].kind === 'field') {
      const y = skipSpaces(text, t + 1, end);
      if (y < end && (matchAt(FIELD_RE, text, y) || matchAt(METADATA_RE, text, y) || matchAt(GLUED_COUNT_RE, text, y))) {
        pieces[pieces.length - 1].end = t + 1;
        q = t + 1;
        continue;
      }
      break;
    }
    if (isPipe(c)) {
      let e = t;
      while (e < end && (isPipe(text.charCodeAt(e)) || isSpace(text.charCodeAt(e)))) e++;
      e = trimEnd(text, t, e);
      add('pipe', t, e);
      q = e;
      continue;
    }
    // a page-metadata label (索引号：, 主题分类：) is a field too, inside a run or in the head zone (a whole line
    // starting with one is the metadata table; at the end of the text it may be the notice's own 主题词：)
    let m = matchAt(FIELD_RE, text, t);
    const meta = m ? null : pieces.length || !lineMode ? (matchAt(METADATA_RE, text, t) ?? (pieces.length ? matchAt(INNER_META_RE, text, t) : null)) : null;
    if (m || meta) {
      const e = fieldEnd(text, t, (m ?? meta)![0], !!meta, end, lineMode);
      if (e < 0) return finish();
      add('field', t, e);
      q = e;
      continue;
    }
    // a comment box's labels (标签: 留言与评论(共有 0 条评论) 验证码:), in the head or tail zone
    m = zone ? matchAt(COMMENT_BOX_RE, text, t) : null;
    if (m) {
      add('page-ui', t, t + m[0].length);
      q = t + m[0].length;
      continue;
    }
    // a reposting site's link to the copied page (原文链接:http://…), in the head or tail zone
    m = zone ? matchAt(SOURCE_LINK_RE, text, t) : null;
    if (m) {
      add('field', t, t + m[0].length);
      q = t + m[0].length;
      continue;
    }
    // a site's disclaimer ([免责声明] 本文来源于网络转载…) after page residue runs to the end of the line (collapsed tail)
    if (zone && lineMode && pieces.length && matchAt(DISCLAIMER_RE, text, t)) {
      const de = trimEnd(text, t, end);
      add('page-ui', t, de);
      q = de;
      continue;
    }
    m = matchAt(PAGE_UI_RE, text, t);
    if (m) {
      const e = fontOptionsEnd(text, t + m[0].length, end);
      add('page-ui', t, e);
      q = e;
      continue;
    }
    m = matchAt(GLUED_COUNT_RE, text, t);
    if (m) {
      add('field', t, t + m[0].length);
      q = t + m[0].length;
      continue;
    }
    m = matchAt(POSTED_RE, text, t);
    if (m) {
      const d = matchAt(DATETIME_RE, text, t + m[0].length);
      if (!d) break;
      add('field', t, t + m[0].length + d[0].length);
      q = t + m[0].length + d[0].length;
      continue;
    }
    m = matchAt(BRACKET_COUNT_RE, text, t);
    if (m) {
      add('field', t, t + m[0].length);
      q = t + m[0].length;
      continue;
    }
    // a site's button: on a line of buttons only (a whole line), or after another page button and before a blank
    // (文章播报 朗读 … in a collapsed head); in a sentence these words are verbs
    const lastKind = pieces.length ? pieces[pieces.length - 1].kind : null;
    m =
      (lineMode && pieces.every((x) => x.kind === 'page-ui')) || lastKind === 'page-ui'
        ? (matchAt(PAGE_BUTTON_RE, text, t) ?? (zone ? matchAt(ZONE_BUTTON_RE, text, t) : null) ?? (lastKind === 'page-ui' ? (matchAt(AFTER_BUTTON_RE, text, t) ?? (zone ? matchAt(SHARE_AFTER_RE, text, t) : null)) : null))
        : null;
    if (m && (t + m[0].length >= end || isSpace(text.charCodeAt(t + m[0].length))) && (lineMode || lastKind === 'page-ui')) {
      add('page-ui', t, t + m[0].length);
      q = t + m[0].length;
      continue;
    }
    m = matchAt(CLOCK_DATETIME_RE, text, t);
    if (m) {
      let e = t + m[0].length;
      // on a line of its own, the date and time may be followed by the publishing body (`… 09:30 某某县人民政府办公室`)
      const v = skipSpaces(text, e, end);
      if (lineMode && v > e && v < end) {
        const ne = nameEnd(text, v, end);
        if (ne > v && skipSpaces(text, ne, end) >= end && !TITLE_WORD_RE.test(text.slice(v, ne))) e = ne;
      }
      add('field', t, e);
      q = e;
      continue;
    }
    m = matchAt(SLASH_CRUMB_RE, text, t);
    if (m) {
      const e = slashTrailEnd(text, t + m[0].length, end);
      if (e < 0) break;
      add('breadcrumb', t, e);
      q = e;
      continue;
    }
    m = matchAt(BREADCRUMB_RE, text, t);
    const sepStart = isSep(c) && (t === p || pieces[pieces.length - 1]?.kind === 'breadcrumb');
    if (m || sepStart) {
      const labelEnd = m ? t + m[0].length : t;
      let e = labelEnd;
      let lastItem = e;
      // items separated by >> / > / »
      for (;;) {
        let x = skipSpaces(text, e, end);
        const sm = matchAt(CRUMB_SEP_RE, text, x);
        if (sm) x = skipSpaces(text, x + sm[0].length, end);
        else if (e !== labelEnd) break;
        const itemStart = x;
        while (x < end && !isSpace(text.charCodeAt(x)) && !matchAt(CRUMB_SEP_RE, text, x)) x++;
        if (x === itemStart) {
          if (sm) e = x;
          break;
        }
        lastItem = itemStart;
        e = x;
      }
      // a page's date field as the trail's last item keeps its clock time (… >> 发布日期:2022-12-13 18:16)
      if (DATE_END_RE.test(text.slice(lastItem, e))) {
        const v = skipSpaces(text, e, end);
        const clock = v > e ? matchAt(CLOCK_RE, text, v) : null;
        if (clock) e = v + clock[0].length;
      }
      e = trimEnd(text, t, e);
      if (e === t) break;
      add('breadcrumb', t, e);
      q = e;
      continue;
    }
    // a channel name or the home-page link: a whole line (政府文件, 首页 |), or after a page's button (无标题文档 政府文件)
    m = zone && (lineMode || lastKind === 'page-ui') ? matchAt(CHANNEL_RE, text, t) : null;
    if (m) {
      add('breadcrumb', t, t + m[0].length);
      q = t + m[0].length;
      continue;
    }
    break;
  }
  return finish();

  function finish(): { pieces: Piece[]; end: number } | null {
    if (!pieces.length) return null;
    const e = pieces[pieces.length - 1].end;
    if (lineMode && skipSpaces(text, e, end) < end) return null;
    return { pieces, end: e };
  }
}

// a font switch's options after its opening bracket (字体:【 默认 超大 |, 字号:【 特大 大 中 小 】)
const FONT_OPTION_RE = /[ \u3000]*(?:默认|超大|特大|较大|标准|大|中|小)(?![\u3400-\u9fff])/y;
const FONT_CLOSE_RE = /[ \u3000]*[】\]］]/y;
/** After a font switch whose text ends with its opening bracket at e: the end of its option words and closing bracket, else e. */
function fontOptionsEnd(text: string, e: number, end: number): number {
  const b = text.charCodeAt(e - 1);
  if (b !== 0x3010 && b !== 0x5b && b !== 0xff3b) return e;
  let x = e;
  for (let m = matchAt(FONT_OPTION_RE, text, x); m && x + m[0].length <= end; m = matchAt(FONT_OPTION_RE, text, x)) x += m[0].length;
  const c = x > e ? matchAt(FONT_CLOSE_RE, text, x) : null;
  return c && x + c[0].length <= end ? x + c[0].length : x;
}

/** The end of a trail set with slashes whose home-page word ends at x, or -1 (fewer than two slashes). */
function slashTrailEnd(text: string, x: number, end: number): number {
  let e = x;
  let seps = 0;
  for (;;) {
    let y = skipSpaces(text, e, end);
    if (!matchAt(SLASH_SEP_RE, text, y)) break;
    y = skipSpaces(text, y + 1, end);
    const itemStart = y;
    while (y < end && y - itemStart <= 30 && !isSpace(text.charCodeAt(y)) && !matchAt(SLASH_SEP_RE, text, y)) {
      if (TRAIL_STOP.has(text.charCodeAt(y))) return -1;
      y++;
    }
    if (y === itemStart || y - itemStart > 30) return -1;
    seps++;
    e = y;
  }
  return seps >= 2 ? e : -1;
}
/** A sentence's punctuation: never inside an item of a page's trail. */
const TRAIL_STOP = new Set([...'。，,；;！!？?：:、“”《》'].map((c) => c.charCodeAt(0)));

const NAV_FIELDS = /^(?:上一篇|下一篇)/;
// a word that names a document (a title: 关于…的通知), never a page field's value
const TITLE_WORD_RE = /关于|(?:通知|通报|决定|意见|方案|办法|规定|批复|公告|通告|纪要|报告|请示|细则|规划|要点)$/;
// more document kinds a title line under an empty label (统一编号) may end in: never that label's value (浙江省特种设备事故应急预案)
// unless the notice's title below names it (the page's copy of the title: …发展计划 over 关于下达……发展计划的通知)
const MORE_TITLE_KINDS_RE = /(?:预案|计划|条例|规则|措施|制度|标准|指南|清单|纲要|章程|守则|准则|决议|公报)$/;

/**
 * The end of the field whose label `label` starts at t, or -1 when the label is not residue here (a date
 * label before prose). A value is what the label plausibly holds, never just the next text:
 * - a date/time for a date label, a number for a counter; a name (one word: no spaces, no sentence marks)
 *   for 来源/作者/编辑; a title for 上一篇/下一篇; for a metadata label only a value written right after it;
 * - a value never holds a label (索引号：) and never crosses a space, except a 上一篇/下一篇 title in a whole
 *   line. So an empty label followed by a space (`索引号： `, `浏览次数: `) does not take the next text when
 *   that text is no plausible value (the issuer or title that starts the notice): the field ends at its label,
 *   and what is residue does not change when a neighbouring field is deleted.
 */
function fieldEnd(text: string, t: number, label: string, meta: boolean, end: number, lineMode: boolean): number {
  const labelEnd = t + label.length;
  const v = skipSpaces(text, labelEnd, end);
  if (v >= end || isPipe(text.charCodeAt(v)) || isLabelAt(text, v, end)) return labelEnd;
  const spaced = v > labelEnd;
  if (meta) {
    if (!spaced) {
      const w = wordEnd(text, v, end);
      // (in a head line, a value holding a sentence's full stop or semicolon is a sentence: 颁布日期：本方案自印发之日起施行。)
      if (!lineMode && hasStop(text, v, w)) return -1;
      return w;
    }
    const w = spacedValueEnd(text, labelEnd, end);
    return w > 0 ? w : labelEnd;
  }
  if (DATE_FIELDS.test(label)) {
    const d = matchAt(DATETIME_RE, text, v);
    if (d) return v + d[0].length;
    // no date after it: in a head line `时间: 下周一` is prose, not a page field
    if (!lineMode) return -1;
    return spaced ? labelEnd : nameEnd(text, v, end);
  }
  if (COUNT_FIELDS.test(label)) {
    const d = matchAt(COUNT_RE, text, v);
    if (d) return v + d[0].length;
    // (点击： before anything but a number is a sentence's: 点击：网上报名系统)
    if (CLICK_LABEL_RE.test(label)) return -1;
    if (spaced || !lineMode) return labelEnd;
    return nameEnd(text, v, end);
  }
  if (NAV_FIELDS.test(label) && lineMode) return valueToNextField(text, v, end);
  const e = nameEnd(text, v, end);
  if (e < 0) return -1;
  // after a space, a title is the notice itself, not this field's value
  if (spaced && TITLE_WORD_RE.test(text.slice(v, e))) return labelEnd;
  return e;
}

/**
 * A page label's value written after a blank from x (公开方式: 主动公开 有效期: …, [ 索引号 ] 1150…/2023-00004 [ 发文字号 ] …):
 * a date (and clock time), or one word (no body punctuation, no colon, at most 40 characters) right followed, after a
 * blank, by the row's next label. Its end, else -1: a word not followed by a label may be the notice's own (the issuer or
 * the title after an empty label).
 */
const VALIDITY_VALUE_RE = /^(?:现行有效|有效|失效|已失效|废止|已废止|部分失效)$/;
function spacedValueEnd(text: string, x: number, end: number): number {
  const y = skipSpaces(text, x, end);
  if (y === x || y >= end || isPipe(text.charCodeAt(y))) return -1;
  const d = matchAt(DATETIME_RE, text, y);
  if (d && (y + d[0].length >= end || isSpace(text.charCodeAt(y + d[0].length)))) return y + d[0].length;
  if (matchAt(METADATA_RE, text, y) || matchAt(FIELD_RE, text, y)) return -1;
  // (bounded: a long run without blanks is read once, not to its end)
  const w = wordEnd(text, y, Math.min(end, y + 41));
  if (w - y > 40 || firstBodyPunct(text, y, w) >= 0 || hasColon(text, y, w)) return -1;
  // (a validity word ends the table whatever follows it: 【效力属性】 有效 某县……的通报)
  if (VALIDITY_VALUE_RE.test(text.slice(y, w))) return w;
  const z = skipSpaces(text, w, end);
  return z > w && z < end && (matchAt(METADATA_RE, text, z) || matchAt(FIELD_RE, text, z) || matchAt(INNER_META_RE, text, z)) ? w : -1;
}

/** Whether [s, e) holds 。 ； or ;. */
function hasStop(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3002 || c === 0xff1b || c === 0x3b) return true;
  }
  return false;
}

/** A one-word value at v: up to a space or a sentence mark or colon, at most 30 characters; -1 when longer. */
function nameEnd(text: string, v: number, end: number): number {
  let x = v;
  while (x < end && x - v <= 30) {
    const ch = text.charCodeAt(x);
    if (isSpace(ch) || ch === 0x3002 || ch === 0xff0c || ch === 0x2c || ch === 0xff1b || ch === 0x3b || isColon(ch) || isPipe(ch)) break;
    if (ch === 0x2e && sentencePeriodAt(text, x, v, end)) break; // read as 。 (formatting makes it one)
    // a page field glued after the value (信息来源: 某市教育局阅读次数:) ends it
    if (x > v && matchAt(FIELD_RE, text, x)) break;
    x++;
  }
  return x - v > 30 ? -1 : x;
}

function wordEnd(text: string, v: number, end: number): number {
  let x = v;
  while (x < end && !isSpace(text.charCodeAt(x))) x++;
  return x;
}

/** A label at y: a page field or metadata label, or any short word ending in a colon (附件：) that is not a time (18:16). */
function isLabelAt(text: string, y: number, end: number): boolean {
  if (matchAt(FIELD_RE, text, y) || matchAt(METADATA_RE, text, y)) return true;
  // (a date glued before the next field is a value: 发布日期:2022-01-21字体:【)
  if (isDigit(text.charCodeAt(y)) && matchAt(DATETIME_RE, text, y)) return false;
  for (let x = y; x < end && x - y <= 12; x++) {
    const c = text.charCodeAt(x);
    if (isSpace(c)) return false;
    if (isColon(c)) return x > y && !(text.charCodeAt(x - 1) >= 0x30 && text.charCodeAt(x - 1) <= 0x39);
    // a value glued before a page field (某市教育局阅读次数:) is no label
    if (x > y && matchAt(FIELD_RE, text, x)) return false;
  }
  return false;
}

/** A 上一篇/下一篇 title up to the next label or pipe; -1 when it reads as prose (a sentence mark in it). */
function valueToNextField(text: string, v: number, end: number): number {
  let x = v;
  while (x < end) {
    const c = text.charCodeAt(x);
    // 。；！？ or ， in a value: body text such as “信息来源：应注明。”, not a page field
    if (c === 0x3002 || c === 0xff1b || c === 0xff01 || c === 0xff1f || c === 0xff0c) return -1;
    if (c === 0x2e && sentencePeriodAt(text, x, v, end)) return -1;
    if (isSpace(c)) {
      const y = skipSpaces(text, x, end);
      if (y >= end) break;
      if (isLabelAt(text, y, end) || isPipe(text.charCodeAt(y))) break;
      x = y;
      continue;
    }
    if (isPipe(c)) break;
    x++;
  }
  return trimEnd(text, v, x);
}

// the end of a title's document type
const TITLE_END_RE = /(?:通知|通报|决定|意见|方案|办法|规定|批复|公告|通告|纪要|报告|请示|细则|规划|要点)$/;
const TITLE_END_CHARS = new Set([...'知报定见案法复告要示则划'].map((c) => c.charCodeAt(0)));
/** A page field (发布日期:, 来源:) starts at x, glued after a title's document type (…的通知发布日期:). */
function gluedField(text: string, t: number, x: number): boolean {
  return x - t >= 6 && TITLE_END_CHARS.has(text.charCodeAt(x - 1)) && TITLE_END_RE.test(text.slice(x - 2, x)) && !!matchAt(FIELD_RE, text, x);
}

/** The field piece pc holds a value starting with a digit after its label's colon. */
function gluedValue(text: string, pc: Piece): boolean {
  if (pc.kind !== 'field') return false;
  for (let i = pc.start; i < pc.end; i++) if (isColon(text.charCodeAt(i))) return i + 1 < pc.end && isDigit(text.charCodeAt(i + 1));
  return false;
}

function hasTab(text: string, s: number, e: number): boolean {
  // bounded to the line (an unbounded indexOf per head line is quadratic on a file of residue lines): indexOf on the
  // line's slice, a native scan
  return e > s && text.slice(s, e).indexOf('\t') >= 0;
}

/**
 * The end of a gov.cn metadata table starting at t on [t, e): rows of `label：<tab>value` cells
 * (索 引 号：\t000014349/2018-00230\t主题分类：\t…). A value runs to the next tab, the end of the line or an
 * ASCII space (in a collapsed page a space is where a line broke); a label followed by a space or the
 * line end has an empty value (主 题 词：). The table ends after the last cell followed by another label.
 * `open`: the last cell holds a free value (after a tab, or a name after its label) that may go on after a
 * space; not when the label was left empty or holds a date and time.
 */
function metadataEnd(text: string, t: number, e: number): { end: number; open: boolean } {
  let q = t;
  let end = t;
  let open = false;
  for (;;) {
    let x = q;
    while (x < e && (text.charCodeAt(x) === 9 || text.charCodeAt(x) === 0x20 || text.charCodeAt(x) === 0x3000)) x++;
    if (x >= e) break;
    // (a later cell's label may be cut: 发文字号: 某政办〔2022〕15号 性: 有效)
    const m = matchAt(METADATA_RE, text, x) ?? matchAt(FIELD_RE, text, x) ?? (x > t ? (matchAt(CUT_LABEL_RE, text, x) ?? matchAt(INNER_META_RE, text, x)) : null);
    if (!m) break;
    let v = x + m[0].length;
    end = v;
    open = false;
    while (v < e && text.charCodeAt(v) === 0x3000) v++;
    if (v < e && text.charCodeAt(v) === 9) {
      while (v < e && text.charCodeAt(v) === 9) v++;
      let w = v;
      while (w < e && text.charCodeAt(w) !== 9 && text.charCodeAt(w) !== 0x20) w++;
      if (w > v) {
        end = w;
        open = true;
      }
    } else if (v === end && v < e && text.charCodeAt(v) !== 0x20) {
      // no tab: a value written right after the label (发布机构：嘉兴市人民政府办公室) runs to the next space or tab;
      // a date field's value is its date and time (发布日期:2022-12-13 18:16)
      const d = DATE_FIELDS.test(m[0]) ? matchAt(DATETIME_RE, text, v) : null;
      let w = v;
      if (d) w = v + d[0].length;
      else while (w < e && text.charCodeAt(w) !== 9 && text.charCodeAt(w) !== 0x20 && text.charCodeAt(w) !== 0x3000) w++;
      end = w;
      open = !d;
    } else {
      // a value after a blank: a date, or one word before the row's next label (公开方式: 主动公开 有效期: 长期有效)
      const w = spacedValueEnd(text, end, e);
      if (w > 0) end = w;
    }
    q = end;
  }
  return { end, open };
}

/** The whole line [s, e) as residue pieces, or null. */
function wholeLine(text: string, s: number, e: number, head: boolean, leadDate = false): Piece[] | null {
  const b = skipSpaces(text, s, e);
  if (b >= e) return null;
  // a PDF's page number on a line of its own (— 2 —), anywhere: read before a `- ` bullet
  const be = trimEnd(text, b, e);
  if (pageNumberLine(text, b, be) || pdfPageLine(text, b, be) || gazetteHeaderLine(text, b, be)) return [{ start: b, end: be, kind: 'page-ui' }];
  const t = bulletEnd(text, b, e);
  if (t >= e) return null;
  const pieces = wholeLineAt(text, t, e, head, leadDate);
  // a page's list bullet (`  • 来源:…`) goes with the residue after it
  if (pieces && t > b) pieces[0] = { ...pieces[0], start: b };
  return pieces;
}

const isBullet = (c: number): boolean =>
  c === 0x2022 || c === 0x2219 || c === 0xb7 || c === 0x25cf || c === 0x25aa || c === 0x25a0 || c === 0x25c6 || c === 0x30fb;

/**
 * After a list bullet at b (• ∙ · ● ▪ ■ ◆ ・, or a - or * with a blank after it: a page's info list `- 索引号:…`)
 * and the blanks after it: where the line's text starts; else b.
 */
function bulletEnd(text: string, b: number, e: number): number {
  const c = text.charCodeAt(b);
  if (isBullet(c)) return skipSpaces(text, b + 1, e);
  if ((c === 0x2d || c === 0x2a) && b + 1 < e && (text.charCodeAt(b + 1) === 0x20 || text.charCodeAt(b + 1) === 0x3000)) return skipSpaces(text, b + 1, e);
  return b;
}

function wholeLineAt(text: string, t: number, e: number, head: boolean, leadDate = false): Piece[] | null {
  if (head && (matchAt(METADATA_RE, text, t) || (matchAt(FIELD_RE, text, t) && hasTab(text, t, e)))) {
    const te = trimEnd(text, t, e);
    // a collapsed page: the table is followed by the notice on the same line; it ends with its last cell
    const { end: me, open } = metadataEnd(text, t, te);
    // The rest of the line is the notice when it holds body punctuation, or when the table's last cell cannot go on
    // after a space: a label left empty (`索引号： 嘉兴市人民政府办公室`) or a date and time do not take the text after
    // them as their value. Otherwise (a value with a space in it) the whole line is the table.
    if (me > t && me < te && (firstBodyPunct(text, me, te) >= 0 || !open)) return [{ start: t, end: me, kind: 'metadata-table' }];
    return [{ start: t, end: te, kind: 'metadata-table' }];
  }
  // (a site's welcome banner names the site, as its title bar does)
  if (head && welcomeLine(text, t, trimEnd(text, t, e))) return [{ start: t, end: trimEnd(text, t, e), kind: 'breadcrumb' }];
  if (head && (matchAt(DISCLAIMER_RE, text, t) || matchAt(WECHAT_RE, text, t) || footerLine(text, t, trimEnd(text, t, e)))) {
    return [{ start: t, end: trimEnd(text, t, e), kind: 'page-ui' }];
  }
  const note = head ? siteNoteLine(text, t, trimEnd(text, t, e)) : null;
  if (note) return [note];
  if (head) {
    const te = trimEnd(text, t, e);
    const cb = matchAt(TAG_LINE_RE, text, t);
    if (cb && t + cb[0].length === te) return [{ start: t, end: te, kind: 'page-ui' }];
  }
  let r = residueRun(text, t, e, true, leadDate, head);
  // a forum post's head under a comment: the poster's name before 发表于 (张三 发表于 2021-9-17 15:56:55 来自手机 | …)
  if (!r && head) {
    const w = wordEnd(text, t, Math.min(e, t + 17));
    const y = skipSpaces(text, w, e);
    if (w - t <= 16 && y > w && firstBodyPunct(text, t, w) < 0 && matchAt(POSTED_RE, text, y)) {
      r = residueRun(text, y, e, true, false, true);
      if (r) r.pieces[0].start = t;
    }
  }
  if (!r) return null;
  // Outside the zones only pipes and page UI count (a 来源： line in the body is prose).
  if (!head && r.pieces.some((x) => x.kind !== 'pipe' && x.kind !== 'page-ui')) return null;
  return r.pieces;
}

/**
 * [t, te) is a PDF's page number copied as a line (— 2 —, －3－, - 12 -, — — — 2 —): one to three digits between dashes
 * (— － -), blanks allowed.
 */
function pageNumberLine(text: string, t: number, te: number): boolean {
  if (te - t > 16) return false;
  const dash = (c: number) => c === 0x2014 || c === 0xff0d || c === 0x2d;
  let x = t;
  let before = 0;
  for (; x < te && (dash(text.charCodeAt(x)) || isSpace(text.charCodeAt(x))); x++) if (dash(text.charCodeAt(x))) before++;
  const d = x;
  while (x < te && isDigit(text.charCodeAt(x))) x++;
  if (x === d || x - d > 3 || !before) return false;
  let after = 0;
  for (; x < te && (dash(text.charCodeAt(x)) || isSpace(text.charCodeAt(x))); x++) if (dash(text.charCodeAt(x))) after++;
  return x === te && after > 0;
}

/**
 * The end of a page number `— 2 —` starting with the dash at x (code `dash`, the same dash closing it) inside a line
 * ending at e: one to three digits between the two dashes (blanks allowed), a blank or the line end after it; else -1.
 */
function inlinePageNumberEnd(text: string, x: number, e: number, dash: number): number {
  let y = skipSpaces(text, x + 1, e);
  const d = y;
  while (y < e && y - d <= 3 && isDigit(text.charCodeAt(y))) y++;
  if (y === d || y - d > 3) return -1;
  y = skipSpaces(text, y, e);
  if (y >= e || text.charCodeAt(y) !== dash) return -1;
  y++;
  return y >= e || isSpace(text.charCodeAt(y)) ? y : -1;
}

// a PDF's page mark on a line of its own: `P. 10`, `Page 10`, `Page 10 of 32`, `Page 10 - 2020年第11•12期` (a gazette's issue)
const PDF_PAGE_RE = /^(?:[Pp]\.[ ]?[0-9]{1,4}|(?:Page|PAGE|page)[ ]?[0-9]{1,4}(?:[ ]?(?:of|\/)[ ]?[0-9]{1,4})?(?:[ ]+[-—–－][ ]+[0-9]{4}年第[0-9]{1,3}(?:[•·.、-][0-9]{1,3})?期)?)$/;
/** [t, te) is a PDF's page mark (PDF_PAGE_RE). */
function pdfPageLine(text: string, t: number, te: number): boolean {
  const c = text.charCodeAt(t);
  return te - t <= 40 && (c === 0x50 || c === 0x70) && PDF_PAGE_RE.test(text.slice(t, te));
}
// the tokens of a gazette's running header (11·12/2020  某市人民政府公报  ·某市人民政府办公室文件·): its issue (11·12/2020,
// 2020年第11期, 第11期), its name (…公报) and the kind of document on the page (·…文件·), with blanks between
const GAZETTE_ISSUE_RE = /(?:[0-9]{1,2}(?:[•·.-][0-9]{1,2})?\/[0-9]{4}|[0-9]{4}年第[0-9]{1,3}(?:[•·.、-][0-9]{1,3})?期|第[0-9]{1,3}(?:[•·.、-][0-9]{1,3})?期)(?=[ \u3000\r\n]|$)/y;
const GAZETTE_NAME_RE = /[\u4e00-\u9fff]{2,20}公报(?=[ \u3000\r\n]|$)/y;
const GAZETTE_KIND_RE = /[•·][\u4e00-\u9fff]{2,24}[•·](?=[ \u3000\r\n]|$)/y;
/**
 * [t, te) is a PDF gazette's running header, anywhere (a page break): tokens of GAZETTE_ISSUE_RE, GAZETTE_NAME_RE and
 * GAZETTE_KIND_RE separated by blanks, the gazette's name and its issue among them, at most 100 characters.
 */
function gazetteHeaderLine(text: string, t: number, te: number): boolean {
  if (te - t > 100) return false;
  let issue = false;
  let name = false;
  for (let x = t; x < te; ) {
    const m = matchAt(GAZETTE_ISSUE_RE, text, x) ?? matchAt(GAZETTE_NAME_RE, text, x) ?? matchAt(GAZETTE_KIND_RE, text, x);
    if (!m || x + m[0].length > te) return false;
    if (m[0].endsWith('公报')) name = true;
    else if (m[0].endsWith('期') || m[0].includes('/')) issue = true;
    x = skipSpaces(text, x + m[0].length, te);
  }
  return issue && name;
}

/**
 * [t, te) is a site's welcome banner (欢迎访问某某网!): see WELCOME_RE; or the banner followed by the site's buttons and
 * nothing else (欢迎来到某某平台! 设为首页 收藏).
 */
function welcomeLine(text: string, t: number, te: number): boolean {
  if (te - t > 60 || text.charCodeAt(t) !== 0x6b22) return false;
  if (te - t <= 40 && WELCOME_RE.test(text.slice(t, te))) return true;
  const m = matchAt(WELCOME_HEAD_RE, text, t);
  if (!m) return false;
  const y = skipSpaces(text, t + m[0].length, te);
  if (y === t + m[0].length || y >= te) return false;
  const r = residueRun(text, y, te, true);
  return !!r && r.pieces.every((x) => x.kind === 'page-ui');
}

// A law or news site's own lines above or under the notice, whole lines in the head or tail zone only:
// its disclaimers (资料来自公开网络,仅提供网友学习讨论使用 / 原文版权归原版权人拥有), its footer ad (无需注册,30秒快速免费咨询)
const SITE_NOTE_RE =
  /^(?:资料(?:来自|来源于)(?:公开)?(?:网络|互联网)(?:[,，][ \u3000]*仅(?:提供|供)[\u4e00-\u9fff]{1,16})?|原文版权归原?版权人(?:所有|拥有)|(?:无需注册[,，]?[ \u3000]*)?[0-9]{1,3}秒(?:快速)?免费咨询)[。.!！]?$/;
// a news site's lead-in over a notice it copied (日前,某某网获悉,《…》已经印发。全文如下:)
const NEWS_LEAD_RE = /^(?:日前|近日|近期)[,，][^\r\n]{1,40}?(?:网|记者)获悉[,，][^\r\n]{1,200}?(?:全文如下|原文如下|内容如下)[:：]?$/;
// a law database's note on the notice's validity (税谱®提示:根据…的通知》 ( 某政综〔2019〕38号规定,继续有效)
const DB_NOTE_RE = /^[\u4e00-\u9fffA-Za-z]{1,8}®[ \u3000]*(?:温馨提示|提示|注)[:：]/;
/** [t, te) is a law or news site's own line (SITE_NOTE_RE, NEWS_LEAD_RE, DB_NOTE_RE): its piece, or null. */
function siteNoteLine(text: string, t: number, te: number): Piece | null {
  if (te - t > 300) return null;
  const c = text.charCodeAt(t);
  // (first characters: 资 原 无 a digit 日 近, or a database's name before ®)
  const line = text.slice(t, te);
  if ((c === 0x8d44 || c === 0x539f || c === 0x65e0 || isDigit(c)) && SITE_NOTE_RE.test(line)) return { start: t, end: te, kind: 'page-ui' };
  if ((c === 0x65e5 || c === 0x8fd1) && NEWS_LEAD_RE.test(line)) return { start: t, end: te, kind: 'field' };
  if (line.indexOf('®') > 0 && line.indexOf('®') <= 8 && DB_NOTE_RE.test(line)) return { start: t, end: te, kind: 'field' };
  return null;
}

// a site's footer: its filing numbers, a forum's Powered by line, a copyright line
const FOOTER_RE = /ICP备[ \u3000]*[0-9]{4,}号|公网安备[ \u3000]*[0-9]{8,}号|Powered by |©|Copyright|版权所有/g;
/**
 * [t, te) is a site's footer line, in the head or tail zone: a filing number (浙ICP备19040956号, 浙公网安备…号), a forum's
 * `Powered by Discuz!` or a copyright mark, on a line without a sentence's full stop (手机版|小黑屋|…|浙ICP备19040956号).
 */
function footerLine(text: string, t: number, te: number): boolean {
  if (te - t > 200) return false;
  const line = text.slice(t, te);
  if (line.indexOf('。') >= 0) return false;
  FOOTER_RE.lastIndex = 0;
  return FOOTER_RE.test(line);
}

/**
 * What a page-ui residue node [s, e) is, when more precise than a page's buttons: a PDF's page number (— 2 —, P. 10), a
 * gazette's running header (11·12/2020  某市人民政府公报  ·…文件·), a download block's label or file name, a site's footer (its filing numbers, Powered by, ©). For the rule's message.
 */
export function pageUiSort(text: string, s: number, e: number): 'page-number' | 'page-header' | 'download' | 'footer' | null {
  if (pageNumberLine(text, s, e) || pdfPageLine(text, s, e)) return 'page-number';
  if (gazetteHeaderLine(text, s, e)) return 'page-header';
  if (downloadLine(text, s, e)) return 'download';
  if (footerLine(text, s, e)) return 'footer';
  return null;
}

// a page's download block after the notice: its label and the names of the files
// (a link's arrows instead of the colon: 相关附件>>)
const DOWNLOAD_LABEL_RE = /^(?:文件附件|附件下载|相关附件|下载附件|相关下载)[ \u3000]*(?:[:：]|>>|＞＞|»)?$/;
const NUMBERED_ITEM_RE = /^(?:[0-9]{1,2}[.、．]|[（(][0-9]{1,2}[）)])/;
/** The notice's own 附件： label (alone on its line, or ending the text before a name). */
const ATTACHMENT_LABEL_RE = /^附[ \u3000]*件[ \u3000]*[:：]$/;
const DOWNLOAD_WORD_RE = /(?:文件附件|附件下载|相关附件|下载附件|相关下载)[ \u3000]*(?:[:：]|>>|＞＞|»)/y;
const FILE_NAME_RE = /\.(?:docx?|pdf|xlsx?|wps|et|zip|rar|ofd|txt|DOCX?|PDF|XLSX?|WPS|ZIP|RAR|OFD)$/;
/** The notice's 附件： label before a page's bulleted file names (collapsed tail). */
const BULLET_FILES_LABEL_RE = /附[ \u3000]*件[ \u3000]*[:：]/y;
/**
 * The end of one or more file names each after a list bullet from x (·关于….docx ·报名表.pdf), up to e; -1 when none
 * starts at x.
 */
function bulletFilesEnd(text: string, x: number, e: number): number {
  let end = -1;
  for (let y = x; y < e && isBullet(text.charCodeAt(y)); ) {
    const z = skipSpaces(text, y + 1, e);
    const w = z < e ? wordEnd(text, z, e) : z;
    if (w <= z || !downloadLine(text, z, w) || DOWNLOAD_LABEL_RE.test(text.slice(z, w))) break;
    end = w;
    y = skipSpaces(text, w, e);
  }
  return end;
}

/**
 * [t, te) is a line of a page's download block (tail zone): 文件附件： alone, or a file's name (….doc, ….pdf) without a
 * colon or a sentence's marks (附件：报名表.doc is the notice's own 附件 line).
 */
function downloadLine(text: string, t: number, te: number): boolean {
  if (te <= t || te - t > 150) return false;
  const line = text.slice(t, te);
  if (DOWNLOAD_LABEL_RE.test(line)) return true;
  // (an item of the notice's 附件 list: 1.报名表.doc, （2）汇总表.xls)
  if (!FILE_NAME_RE.test(line) || NUMBERED_ITEM_RE.test(line)) return false;
  for (let x = t; x < te; x++) {
    const c = text.charCodeAt(x);
    if (isColon(c) || c === 0x3002 || c === 0xff0c || c === 0xff1b || c === 0x3b) return false;
  }
  return true;
}

// A metadata row written as `label | value |` cells or as `label value label value` without colons (索 引 号 AB123/2021-01
// 发文日期 2021-06-10). Labels: the page labels (META_WORDS) and page fields, with or without a colon; the generic field
// words (时间, 来源) only with their colon; and words a row may hold beside them but that never make one (名称, 分类).
const PAGE_FIELD_WORDS = ['发布日期', '发布时间', '更新日期', '更新时间', '归档时间', '信息来源', '文章来源', '稿件来源', '浏览次数', '访问次数', '阅读次数', '点击次数', '点击量', '阅读量', '访问量', '浏览量', '责任编辑'];
const COLON_FIELD_WORDS = ['来源', '作者', '编辑', '时间', '日期', '发布'];
const WEAK_WORDS = ['名称', '分类', '属性', '备注', '关键词', '栏目', '相关附件', '政策解读', '责任部门'];
// (a township page's table puts its labels in square brackets: [ 索引号 ] | … | [ 发文字号 ] | … |)
const CELL_LABEL_RE = new RegExp(
  `(?:[\\[［][ \\u3000]*(?=[^\\]］\\r\\n]{1,12}[\\]］][ \\u3000]*[|｜]))?(?:(${[...META_WORDS, ...PAGE_FIELD_WORDS].map(spacedWord).join('|')})|(${COLON_FIELD_WORDS.join('|')})|(${WEAK_WORDS.map(spacedWord).join('|')}))` +
    '(?:[ \\u3000]*[\\]］])?(?:[ \\u3000]*([:：])|(?=[ \\u3000\\t|｜\\r\\n]|$))',
  'y',
);
/** A table label with its colon starts at t (名    称:, 索 引 号：). */
function labelColonAt(text: string, t: number): boolean {
  const m = matchAt(CELL_LABEL_RE, text, t);
  return !!m && m[4] !== undefined;
}
/** A value no notice text reads as: an index code, a date, a document number, a validity or openness word. */
const PLAIN_VALUE_RE = /^(?:[0-9A-Za-z][0-9A-Za-z/_.-]{3,}|[^ \u3000]{1,12}[〔［\[(（][0-9]{4}[〕］\])）][0-9]+号|有效|失效|废止|暂无|是|否|主动公开|依申请公开|不予公开|已归档|null)$/;

interface Row {
  /** A page label (not only 名称/分类 words) is in the row. */
  strong: boolean;
  /** `|` separate the cells. */
  pipes: boolean;
  /** A label holds a value next to it, or a label has its colon (not a header row of label words). */
  valued: boolean;
  /** The row ends with a word written after a space that may be the notice's own text (an issuer's name). */
  loose: boolean;
  labels: number;
}

/**
 * The line [t, te) as a metadata row, or null: it starts with a label, and every other cell is a label or the value of
 * the label before it. With `|` a cell's value runs to the next `|`; without, a value is one word (or a date and time)
 * and the row holds at least two labels, a page label among them.
 */
function labelledRow(text: string, t: number, te: number): Row | null {
  const pipes = hasPipe(text, t, te);
  let q = t;
  let labels = 0;
  let strong = false;
  let valued = false;
  let loose = false;
  let afterLabel = false;
  for (;;) {
    let x = q;
    while (x < te && (isSpace(text.charCodeAt(x)) || isPipe(text.charCodeAt(x)))) x++;
    if (x >= te) break;
    const m = matchAt(CELL_LABEL_RE, text, x);
    if (m && (m[2] === undefined || m[4] !== undefined)) {
      labels++;
      if (m[1] !== undefined || m[2] !== undefined) strong = true;
      if (m[4] !== undefined) valued = true;
      q = x + m[0].length;
      afterLabel = true;
      loose = false;
      continue;
    }
    // (with `|`, a row's further cells may follow a value: 属性 | 专业属性 | 其他 |)
    if (!labels || (!afterLabel && !pipes)) return null;
    afterLabel = false;
    valued = true;
    let y: number;
    if (pipes) {
      y = x;
      while (y < te && !isPipe(text.charCodeAt(y))) y++;
      y = trimEnd(text, x, y);
    } else {
      const d = matchAt(DATETIME_RE, text, x);
      y = d ? x + d[0].length : wordEnd(text, x, te);
      // a word after a space that ends the row: an issuer's name or the title may follow a label left empty
      if (!d && x > q && skipSpaces(text, y, te) >= te && !PLAIN_VALUE_RE.test(text.slice(x, y))) loose = true;
    }
    // (a cell of a pipe row may list a page's catalogue words with a comma after a page label: 公开目录: | 县政府办文件,惠农惠民政策 |)
    if (pipes && strong && x > q ? !cellValue(text, x, y) : firstBodyPunct(text, x, y) >= 0) return null;
    q = y;
  }
  if (!labels || (!pipes && (labels < 2 || !strong))) return null;
  return { strong, pipes, valued, loose, labels };
}

/**
 * Cells of the metadata table written without colons from y, inside a line (a collapsed head: 文 号 某政办发〔2024〕9号
 * 发布日期 2024-06-01 公开时限 长期公开 发布机构 …): pairs of a table label (CELL_LABEL_RE without its colon, not a generic
 * field word) and, after a blank, one value (a date, or one word without body punctuation, colon or title, that is no
 * label itself), up to `end`; three pairs at least, the first and another under a page label. A label left empty before the next
 * label (废止日期 有效性 …) is passed over. The end of the last value, else -1.
 */
function bareCellsEnd(text: string, y: number, end: number): number {
  let x = y;
  let pairs = 0;
  let strong = 0;
  let empty = 0;
  let last = -1;
  // (at most 24 pairs read from one start: a head line of weak pairs is not read again from each of them to its end)
  for (; pairs < 24; ) {
    const m = matchAt(CELL_LABEL_RE, text, x);
    // (the first cell under a page label: a run of weaker words is read no further)
    if (!m || m[2] !== undefined || m[4] !== undefined || (x === y && m[1] === undefined)) break;
    const le = x + m[0].length;
    const v = skipSpaces(text, le, end);
    if (v === le || v >= end) break;
    const lv = matchAt(CELL_LABEL_RE, text, v);
    if (lv && lv[2] === undefined && lv[4] === undefined && (lv[1] !== undefined || lv[3] !== undefined)) {
      // (a label left empty: the next label follows it)
      if (++empty > 4) break;
      x = v;
      continue;
    }
    const d = matchAt(DATETIME_RE, text, v);
    const w = d ? v + d[0].length : wordEnd(text, v, Math.min(end, v + 41));
    if (w - v > 40 || (w < end && !isSpace(text.charCodeAt(w)))) break;
    if (!d && (firstBodyPunct(text, v, w) >= 0 || hasColon(text, v, w) || TITLE_WORD_RE.test(text.slice(v, w)))) break;
    pairs++;
    if (m[1] !== undefined) strong++;
    last = w;
    x = skipSpaces(text, w, end);
    if (x === w || x >= end) break;
  }
  return pairs >= 3 && strong >= 2 ? last : -1;
}

/** A pipe cell's value [x, y) after a page label: commas allowed, no 。；; or sentence full stop, at most 60 characters. */
function cellValue(text: string, x: number, y: number): boolean {
  if (y - x > 60) return false;
  for (let i = x; i < y; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3002 || c === 0xff1b || c === 0x3b) return false;
    if (c === 0x2e && sentencePeriodAt(text, i, x, y)) return false;
  }
  return true;
}

const SITE_WORDS = ['繁体中文', '简体中文', '繁體中文', '繁体', '简体', 'English', 'ENGLISH', '无障碍', '无障碍浏览'];
/**
 * [t, te) is a page's bar of links to other sites (中国政府网 湖北政府网 浙江省民政厅 繁体中文): three or more
 * words of Han characters or letters separated by blanks, one of them a site's name (SITE_NAME_RE) or a
 * language switch. A joint issuers' line (中共X县委员会 X县人民政府) names no site.
 */
function linkBar(text: string, t: number, te: number): boolean {
  let words = 0;
  let site = false;
  let x = t;
  while (x < te) {
    let y = x;
    for (; y < te; y++) {
      const c = text.charCodeAt(y);
      if (isSpace(c)) break;
      if (!isSiteWordChar(c)) return false;
    }
    const len = y - x;
    if (len < 2 || len > 16) return false;
    words++;
    const w = text.slice(x, y);
    if (SITE_NAME_RE.test(w) || SITE_WORDS.includes(w)) site = true;
    x = skipSpaces(text, y, te);
  }
  return words >= 3 && site;
}

/**
 * [t, te) holds only a value no notice line is: an index code, a document number, a page's date and time. A document
 * number only as the value of a 文号 label (`numberLabel`): after another label left empty (有效性:) it is the
 * notice's own 发文字号.
 */
function valueLine(text: string, t: number, te: number, numberLabel = true): boolean {
  const d = matchAt(DATETIME_RE, text, t);
  if (d) return t + d[0].length === te;
  const w = wordEnd(text, t, te);
  if (w !== te) return false;
  const v = text.slice(t, te);
  return PLAIN_VALUE_RE.test(v) && (numberLabel || !DOC_NUMBER_VALUE_RE.test(v));
}

/** A Han character (basic block) or an ASCII letter: what the words of a site's link bar or title bar are made of. */
function isSiteWordChar(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/**
 * [t, te) is a site's title bar or name above the notice: segments of Han characters or letters joined by `--`, `-`,
 * `_`, `|` or `—`, one of them a site's name (…网站, …网 but not 电网 管网 互联网 …), at most 40 characters.
 */
function siteTitle(text: string, t: number, te: number): boolean {
  if (te - t > 40) return false;
  let site = false;
  let x = t;
  while (x < te) {
    let y = x;
    for (; y < te; y++) {
      if (!isSiteWordChar(text.charCodeAt(y))) break;
    }
    if (y - x < 2) return false;
    const w = text.slice(x, y);
    if (TITLE_WORD_RE.test(w)) return false;
    if (SITE_NAME_RE.test(w)) site = true;
    if (y >= te) break;
    let z = y;
    while (z < te && (text.charCodeAt(z) === 0x2d || text.charCodeAt(z) === 0x5f || text.charCodeAt(z) === 0x2014 || isPipe(text.charCodeAt(z)) || isSpace(text.charCodeAt(z)))) z++;
    if (z === y) return false;
    x = z;
  }
  return site;
}
// an accessibility toolbar's buttons (页面 / 配色 / 辅助线 / 重置, 放大 缩小 大字幕 读屏), whole lines of them only: three words at
// least, one of them the toolbar's own (配色, 辅助线, 大字幕 …); alone, 页面, 放大 or 重置 may be a word of the notice
const TOOL_WORD_RE = /^(?:页面|配色|辅助线|十字线|重置|放大|缩小|大字幕|读屏|指读|连读|语速|声音|大鼠标|纯文本|退出服务|退出)$/;
const TOOL_OWN_RE = /^(?:配色|辅助线|十字线|大字幕|读屏|指读|连读|语速|大鼠标)$/;
/** [t, te) holds only toolbar words (TOOL_WORD_RE) set with blanks: how many, and how many are the toolbar's own; else null. */
function toolbarWords(text: string, t: number, te: number): { words: number; own: number } | null {
  let words = 0;
  let own = 0;
  for (let x = t; x < te; ) {
    const y = wordEnd(text, x, Math.min(te, x + 5));
    if (y - x > 4 || (y < te && !isSpace(text.charCodeAt(y)))) return null;
    const w = text.slice(x, y);
    if (!TOOL_WORD_RE.test(w)) return null;
    words++;
    if (TOOL_OWN_RE.test(w)) own++;
    x = skipSpaces(text, y, te);
  }
  return words ? { words, own } : null;
}
/** An accessibility toolbar's words (TOOL_WORD_RE) from t, three at least with one of the toolbar's own, each before a blank: their end, else -1. */
function toolbarRunEnd(text: string, t: number, limit: number): number {
  let words = 0;
  let own = 0;
  let end = -1;
  for (let x = t; x < limit && words < 16; ) {
    const y = wordEnd(text, x, Math.min(limit, x + 5));
    if (y - x > 4 || y >= limit || !isSpace(text.charCodeAt(y)) || !TOOL_WORD_RE.test(text.slice(x, y))) break;
    words++;
    if (TOOL_OWN_RE.test(text.slice(x, y))) own++;
    end = y;
    x = skipSpaces(text, y, limit);
  }
  return words >= 3 && own >= 1 ? end : -1;
}
// a site's channel banner: its Chinese name with the English one glued or after a blank (业务板块Business, 新闻中心 News
// Center), a whole line in the head zone
const BANNER_RE = /^([\u4e00-\u9fff]{2,8})[ \u3000]?[A-Z][a-z]{2,15}(?:[ \u3000][A-Z][a-z]{1,15}){0,3}$/;
/** [t, te) is a site's channel banner (BANNER_RE), its Chinese name no title's. */
function bannerLine(text: string, t: number, te: number): boolean {
  if (te - t > 80) return false;
  const m = BANNER_RE.exec(text.slice(t, te));
  return !!m && !TITLE_WORD_RE.test(m[1]) && !MORE_TITLE_KINDS_RE.test(m[1]);
}
// a site's menu items (首页 政府信息公开 新闻中心 网上办事 互动交流 走进某县 区域概况)
const NAV_WORD_RE = /^(?:政务公开|政府信息公开|信息公开|新闻中心|新闻动态|要闻动态|网上办事|政务服务|办事服务|便民服务|互动交流|政民互动|公众参与|专题专栏|政策文件|政策法规|政策解读|网上调查|在线访谈|领导之窗|网站地图|数据开放|走进[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{2,4}概况)$/;
/**
 * [t, te) is a site's menu: three or more items of Han characters or letters (2–10 each) set with blanks or `|`, that
 * start at the home page (首页, 首   页, 网站首页) or hold two items of a site's menu (政务公开, 新闻中心, 走进某县). A task
 * table's header (序号 | 工作任务 | 牵头单位) holds none.
 */
function navMenu(text: string, t: number, te: number): boolean {
  let x = t;
  let items = 0;
  let nav = 0;
  let home = false;
  while (x < te) {
    let y = x;
    // (a spaced 首   页 is one item)
    if (text.charCodeAt(x) === 0x9996 && items === 0) {
      const z = skipSpaces(text, x + 1, te);
      if (text.charCodeAt(z) === 0x9875) {
        home = true;
        y = z + 1;
      }
    }
    for (; y < te; y++) {
      const c = text.charCodeAt(y);
      if (isSpace(c) || isPipe(c)) break;
      if (!isSiteWordChar(c)) return false;
    }
    const len = y - x;
    if (len < 2 || len > 10) return false;
    const w = text.slice(x, y);
    // (a title after the menu is the notice's: the line is no menu)
    if (TITLE_WORD_RE.test(w)) return false;
    if (items === 0 && (w === '网站首页' || w === '首页')) home = true;
    if (NAV_WORD_RE.test(w)) nav++;
    items++;
    x = y;
    while (x < te && (isSpace(text.charCodeAt(x)) || isPipe(text.charCodeAt(x)))) x++;
  }
  return items >= 3 && (home || nav >= 2);
}

// a site's "today" line: 2025年4月16日 星期三 (a notice's date never carries its weekday)
const TODAY_RE = /[0-9]{4}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2}日?[ \u3000]*(?:星期|礼拜|周)[一二三四五六日天]/y;
/** [t, te) is a site's date line with its weekday (2025年4月16日 星期三), in the head zone. */
function todayLine(text: string, t: number, te: number): boolean {
  const m = matchAt(TODAY_RE, text, t);
  return !!m && skipSpaces(text, t + m[0].length, te) >= te;
}

/**
 * [t, te) is a news page's stamp line: a date with its clock time (2022-10-12 06:32:26, or 01-15 09:43 without the
 * year), with at most a channel word before it and a short word after it (社会热点2022-10-12 06:32:26未知).
 */
function stampLine(text: string, t: number, te: number): boolean {
  return te - t <= 40 && stampAt(text, t, te) === te;
}
/** The end of a stamp (see stampLine) starting at t and followed by a blank or te, or -1. */
function stampAt(text: string, t: number, te: number): number {
  let x = t;
  while (x < te && x - t <= 8 && text.charCodeAt(x) >= 0x4e00 && text.charCodeAt(x) <= 0x9fff) x++;
  x = skipSpaces(text, x, te);
  const m = matchAt(CLOCK_DATETIME_RE, text, x) ?? matchAt(SHORT_CLOCK_RE, text, x) ?? matchAt(DMY_CLOCK_RE, text, x);
  if (!m) return -1;
  const me = x + m[0].length;
  // a short word after it: glued (…06:32:26未知), or after a blank when the line ends with it
  const wordEnd = (w: number): number => {
    let y = w;
    while (y < te && y - w < 6 && text.charCodeAt(y) >= 0x4e00 && text.charCodeAt(y) <= 0x9fff) y++;
    return y;
  };
  const g = wordEnd(me);
  if (g > me) return g >= te || isSpace(text.charCodeAt(g)) ? g : -1;
  const w = skipSpaces(text, me, te);
  if (w >= te) return me;
  if (w === me) return -1;
  return wordEnd(w) >= te ? te : me;
}
// a page's month-day and clock time without the year (01-15 09:43)
const BLANKS_G = /[ \t\u3000\u00a0]+/g;
const SHORT_CLOCK_RE = /[0-9]{1,2}-[0-9]{1,2}[ \u3000]+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?![0-9])/y;
// a page's day, month and year with its clock time (19.04.2018  15:06)
const DMY_CLOCK_RE = /[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{4}[ \u3000]+[0-9]{1,2}[:：][0-9]{2}(?:[:：][0-9]{2})?(?![0-9])/y;

/** A word naming a site or its channel before a copy of the title (法规首页, ABC中国, 某某网). */
const SITE_PREFIX_RE = /首页|频道|栏目|法规|网站?$|中国$/;
/** [t, w) joins two words with a title bar's separator (—, --, _, |). */
function hasSiteSeparator(text: string, t: number, w: number): boolean {
  for (let x = t + 1; x < w - 1; x++) {
    const c = text.charCodeAt(x);
    if (c === 0x2014 || c === 0x5f || isPipe(c) || (c === 0x2d && text.charCodeAt(x + 1) === 0x2d)) return true;
  }
  return false;
}
/**
 * A law site's header starting a collapsed head line at t: one to three short words naming the site or its channel
 * (SITE_PREFIX_RE, a menu word), then a title (关于…, or ending with a document type, no blank inside) written twice with
 * blanks between, before `limit`: the end of the first copy (the page's), else -1.
 */
function inlineCrumbEnd(text: string, t: number, limit: number): number {
  let x = t;
  let site = false;
  for (let words = 0; words < 3; words++) {
    let y = x;
    while (y < limit && !isSpace(text.charCodeAt(y))) y++;
    if (y >= limit || y - x > 12) return -1;
    const w = text.slice(x, y);
    if (SITE_PREFIX_RE.test(w) || NAV_WORD_RE.test(w)) site = true;
    x = skipSpaces(text, y, limit);
    if (!site) continue;
    const z = wordEnd(text, x, Math.min(limit, x + 101));
    if (z - x < 6 || z - x > 100 || !TITLE_WORD_RE.test(text.slice(x, z))) continue;
    const v = skipSpaces(text, z, limit);
    if (v > z && text.startsWith(text.slice(x, z), v) && (v + z - x >= limit || isSpace(text.charCodeAt(v + z - x)))) return z;
  }
  return -1;
}
/** A place name written before a title the page left it out of (上海市, 某某省). */
const PLACE_PREFIX_RE = /^[\u4e00-\u9fff]{1,6}(?:省|市|自治区|县|区|州|盟|旗)$/;

/** A site's name: …网站, or …网 but not 电网 管网 互联网 物联网 光网 … (networks, not sites). */
const SITE_NAME_RE = /(?:网站|[^电管路水联物光干域专织]网)$/;

const HEADING_LINE_RE = /^(?:文章属性|法规属性|基本信息|正文|全文|法规全文|条款摘要)$/;
/** A 发文字号 at the start of a head line (某政办发〔2024〕3号). */
const NUMBER_AT_RE = /[\u3400-\u9fff]{1,15}[〔［\[(（【][0-9]{4}[〕］\])）】]第?[0-9]{1,5}号/y;
const DOC_NUMBER_VALUE_RE = /[〔［\[(（][0-9]{4}[〕］\])）][0-9]+号$/;
/** The label whose colon is at c names a document number (文号：, 发文字号：, 文　号：). */
function labelIsNumber(text: string, c: number): boolean {
  let x = c;
  while (x > 0 && isSpace(text.charCodeAt(x - 1))) x--;
  return x > 0 && text.charCodeAt(x - 1) === 0x53f7; // 号
}

/**
 * A page label (索引号：, 政策咨询电话：) stands after a blank in [s, e): the row's last cell (`政策咨询机关: 县应急局 > 应急指挥中心
 * 政策咨询电话: 0552-…`) holds the text before it as its value.
 */
function labelAfterBlank(text: string, s: number, e: number): boolean {
  for (let x = s + 1; x < e; x++) if (isSpace(text.charCodeAt(x - 1)) && !isSpace(text.charCodeAt(x)) && matchAt(METADATA_RE, text, x)) return true;
  return false;
}

/** Whether [s, e) holds a colon. */
function hasColon(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (isColon(text.charCodeAt(i))) return true;
  return false;
}

/** Whether [s, e) holds a `|` or `｜` (indexOf on the slice: a native scan). */
function hasPipe(text: string, s: number, e: number): boolean {
  if (e <= s) return false;
  const t = text.slice(s, e);
  return t.indexOf('|') >= 0 || t.indexOf('\uff5c') >= 0;
}

/** First offset in [s, e) of a character that marks body text (。，,；;) or -1. */
function firstBodyPunct(text: string, s: number, e: number): number {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3002 || c === 0xff0c || c === 0x2c || c === 0xff1b || c === 0x3b) return i;
    if (c === 0x2e && sentencePeriodAt(text, i, s, e)) return i;
  }
  return -1;
}

/**
 * Lines that belong to a task table: inside a table found by findTables, or holding two or more `|`
 * next to another such line.
 */
export function tableLines(text: string, lineStarts: number[], tables: Range[], pipes = linePipes(text, lineStarts)): boolean[] {
  const n = lineStarts.length;
  const out: boolean[] = new Array(n);
  let ti = 0;
  for (let i = 0; i < n; i++) {
    const s = lineStarts[i];
    while (ti < tables.length && tables[ti].end < s) ti++;
    if (ti < tables.length && tables[ti].start <= s && s <= tables[ti].end) out[i] = true;
    else out[i] = pipes[i] >= 2 && ((i > 0 && pipes[i - 1] >= 2) || (i + 1 < n && pipes[i + 1] >= 2));
  }
  return out;
}

/** The number of `|` and `｜` on each line (shared by tableLines and findResidue). */
export function linePipes(text: string, lineStarts: number[]): number[] {
  return pipeCounts(text, lineStarts).bars;
}

export function findResidue(text: string, lineStarts: number[], table: boolean[], pipes = linePipes(text, lineStarts)): ResidueNode[] {
  const n = lineStarts.length;
  const ends: number[] = new Array(n);
  for (let i = 0; i < n; i++) ends[i] = lineContentEnd(text, lineStarts, i);

  const pieces: Piece[] = [];
  const lineResidue: (Piece[] | null)[] = new Array(n).fill(null);

  /** lineResidue[k] covers the whole text of line k. */
  const coversLine = (k: number): boolean => {
    const lr = lineResidue[k];
    if (!lr) return false;
    const t = skipSpaces(text, lineStarts[k], ends[k]);
    return lr[0].start <= t && lr[lr.length - 1].end >= trimEnd(text, t, ends[k]);
  };
  /**
   * Line k as a row of the page's metadata table: a row with a page label (or after a line that is wholly residue:
   * `名 称: | …` under the other rows), not a header row of label words; a row ending with a loose word only when the
   * next line goes on with the table.
   */
  const metadataRow = (k: number, afterResidue: boolean): boolean => {
    const e = ends[k];
    const t = bulletEnd(text, skipSpaces(text, lineStarts[k], e), e);
    const te = trimEnd(text, t, e);
    if (t >= te) return false;
    const r = labelledRow(text, t, te);
    // (a row of one label and nothing else, `备注 |`, only under other rows)
    // (a row of label words only, `索引号 主题分类 发布机构`, over another row of the table)
    if (!r || !(r.strong || afterResidue) || !(r.valued || (r.labels === 1 && afterResidue) || (r.labels >= 2 && r.strong && tableGoesOn(k)))) return false;
    return !r.loose || tableGoesOn(k);
  };
  /** The next line with text after line k starts with a label or is a metadata row: the page's table goes on. */
  const tableGoesOn = (k: number): boolean => {
    let j = k + 1;
    while (j < n && skipSpaces(text, lineStarts[j], ends[j]) >= ends[j]) j++;
    if (j >= n) return false;
    const tj = bulletEnd(text, skipSpaces(text, lineStarts[j], ends[j]), ends[j]);
    // (or a row of the table's weaker labels with their colon: 名称: 某县……的通知 under 主题分类: 农业)
    return !!(labelledRow(text, tj, trimEnd(text, tj, ends[j])) || matchAt(METADATA_RE, text, tj) || matchAt(FIELD_RE, text, tj) || labelColonAt(text, tj));
  };
  /**
   * Line k is a markdown table's separator row (`---|---|---|`, `| :-- | --- |`) under a row of the metadata table
   * (a task table's separator follows its header, never residue).
   */
  const separatorRow = (k: number, afterResidue: boolean): boolean => {
    if (!afterResidue || !pipes[k]) return false;
    let dashes = 0;
    for (let x = lineStarts[k]; x < ends[k]; x++) {
      const c = text.charCodeAt(x);
      if (c === 0x2d) dashes++;
      else if (!(isPipe(c) || isSpace(c) || c === 0x3a)) return false;
    }
    return dashes >= 3;
  };
  /** Line k holds only a counter (`0`) under a line of the site's buttons (购物车 / 打赏捐赠). */
  const buttonCounter = (k: number): boolean => {
    const t = skipSpaces(text, lineStarts[k], ends[k]);
    const te = trimEnd(text, t, ends[k]);
    if (te - t > 6) return false;
    for (let x = t; x < te; x++) if (!isDigit(text.charCodeAt(x))) return false;
    for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
      if (skipSpaces(text, lineStarts[j], ends[j]) >= ends[j]) continue;
      const lr = lineResidue[j];
      return !!lr && coversLine(j) && lr.every((x) => x.kind === 'page-ui');
    }
    return false;
  };
  /**
   * The text `s` (blanks aside) is written again within the 8 lines with text below line k (blank lines between them
   * not counted, 40 lines at most), on one line or across two, with a line of residue between.
   */
  // (returns the line of the copy; -2 for a copy over two lines; -1 for none)
  const repeatedBelow = (k: number, s: string): number => {
    const want = s.replace(BLANKS_G, '');
    let between = false;
    // (a line much longer than the title is no copy of it: not even read)
    const lineText = (j: number) => (ends[j] - lineStarts[j] > 3 * want.length + 8 ? '\u0000' : text.slice(lineStarts[j], ends[j]).replace(BLANKS_G, ''));
    for (let j = k + 1, seen = 0; j < n && j <= k + 40 && seen < 8; j++) {
      if (lineResidue[j] && coversLine(j)) {
        between = true;
        seen++;
        continue;
      }
      const a = lineText(j);
      if (!a) continue;
      seen++;
      // (the notice's own title may add the place the page left out: 某某区… / 上海市某某区…)
      if (a === want || (a.length > want.length && a.endsWith(want) && PLACE_PREFIX_RE.test(a.slice(0, a.length - want.length)))) return between ? j : -1;
      if (a.length < want.length && want.startsWith(a)) {
        let j2 = j + 1;
        while (j2 < n && j2 <= k + 41 && !lineText(j2)) j2++;
        if (j2 < n && a + lineText(j2) === want) return between ? -2 : -1;
      }
    }
    return -1;
  };
  /**
   * The text `s` of line k is written again, or named in a title (关于印发……的通知), on one of the 8 lines below it: a law
   * site's header (the document's name, its issuer) between the page's copy and the notice's own title.
   */
  const namedBelow = (k: number, s: string): boolean => {
    const want = s.replace(BLANKS_G, '');
    for (let j = k + 1; j < n && j <= k + 8; j++) {
      if (ends[j] - lineStarts[j] > 3 * want.length + 40) continue;
      const a = text.slice(lineStarts[j], ends[j]).replace(BLANKS_G, '');
      if (a === want || (a.length > want.length && a.includes('关于') && a.includes(want) && TITLE_WORD_RE.test(a))) return true;
    }
    return false;
  };
  /** The line before k with text, or -1. */
  const prevText = (k: number): number => {
    let j = k - 1;
    while (j >= 0 && skipSpaces(text, lineStarts[j], ends[j]) >= ends[j]) j--;
    return j;
  };
  /** The next line after k with text, or n. */
  const nextText = (k: number): number => {
    let j = k + 1;
    while (j < n && skipSpaces(text, lineStarts[j], ends[j]) >= ends[j]) j++;
    return j;
  };
  /** Line k is one page label and nothing else, without a colon (索引号, 主 题 分 类, 发布机构). */
  const bareLabel = (k: number): boolean => {
    if (k >= n) return false;
    const t = bulletEnd(text, skipSpaces(text, lineStarts[k], ends[k]), ends[k]);
    const te = trimEnd(text, t, ends[k]);
    const m = t < te ? matchAt(CELL_LABEL_RE, text, t) : null;
    return !!m && m[1] !== undefined && m[4] === undefined && trimEnd(text, t, t + m[0].length) === te;
  };
  /**
   * Line k is a bare page label (bareLabel) and the next line with text its value (a short line without body
   * punctuation, no title, no label, no section marker): that line, else -1. The value counts when it is one no notice
   * line reads as (an index code, a date), under another pair, or when another bare label follows it.
   */
  const verticalPair = (k: number, after: boolean): number => {
    if (!bareLabel(k)) return -1;
    const j = nextText(k);
    if (j >= n || table[j]) return -1;
    const t = skipSpaces(text, lineStarts[j], ends[j]);
    const te = trimEnd(text, t, ends[j]);
    if (te - t > 60 || firstBodyPunct(text, t, te) >= 0 || isColon(text.charCodeAt(te - 1)) || bareLabel(j)) return -1;
    if (markerAt(text, t, te) !== null || TITLE_WORD_RE.test(text.slice(t, te)) || (MORE_TITLE_KINDS_RE.test(text.slice(t, te)) && !namedBelow(j, text.slice(t, te)))) return -1;
    return valueLine(text, t, te) || after || bareLabel(nextText(j)) ? j : -1;
  };
  /**
   * Lines from k (blank lines between) that are list bullets (•) each followed by one short value and nothing else (no
   * sentence mark, no colon, no label, no title, no section marker), three or more with two values at least no notice
   * line reads as (an index code, a document number, a date): the last of them, else -1.
   */
  const bulletValues = (k: number): number => {
    let items = 0;
    let plain = 0;
    let lastItem = -1;
    for (let j = k; j < n && j - k < 24; j++) {
      const b = skipSpaces(text, lineStarts[j], ends[j]);
      if (b >= ends[j]) continue;
      if (table[j] || !isBullet(text.charCodeAt(b))) break;
      const t = skipSpaces(text, b + 1, ends[j]);
      const te = trimEnd(text, t, ends[j]);
      if (t >= te || te - t > 40 || firstBodyPunct(text, t, te) >= 0 || hasColon(text, t, te)) return -1;
      if (markerAt(text, t, te) !== null || TITLE_WORD_RE.test(text.slice(t, te))) return -1;
      items++;
      if (valueLine(text, t, te)) plain++;
      lastItem = j;
    }
    return items >= 3 && plain >= 2 ? lastItem : -1;
  };
  /** Lines from k (blank lines between) that are the items of a numbered trail, one a line (1. 首页 / 2. 信息公开 …), two at least: the last, else -1. */
  const numberedTrail = (k: number): number => {
    let item = 1;
    let lastLine = -1;
    for (let j = k; j < n && j - k < 24; j++) {
      const t = skipSpaces(text, lineStarts[j], ends[j]);
      if (t >= ends[j]) continue;
      if (table[j]) break;
      const te = trimEnd(text, t, ends[j]);
      if (crumbItemEnd(text, t, te, item) !== te) break;
      lastLine = j;
      item++;
    }
    return item >= 3 ? lastLine : -1;
  };
  /**
   * Lines from k (blank lines between) that are items of a site's numbered menu, one a line (1. 决策公开制度 / 2. 民意征集与反馈;
   * a list may start again at 1), two at least, right followed by the notice's title (关于…, or ending with a document
   * type, no body punctuation): the last item's line, else -1.
   */
  const numberedNav = (k: number): number => {
    let prev = 0;
    let items = 0;
    let lastLine = -1;
    let j = k;
    for (; j < n; j++) {
      const t = skipSpaces(text, lineStarts[j], ends[j]);
      if (t >= ends[j]) continue;
      if (table[j]) return -1;
      const te = trimEnd(text, t, ends[j]);
      const num = navItemNumber(text, t, te);
      if (num < 0) break;
      if (num !== 1 && num !== prev + 1) return -1;
      prev = num;
      items++;
      lastLine = j;
    }
    if (items < 2 || j >= n) return -1;
    const t = skipSpaces(text, lineStarts[j], ends[j]);
    const te = trimEnd(text, t, ends[j]);
    if (te - t < 6 || te - t > 200 || firstBodyPunct(text, t, te) >= 0 || !TITLE_WORD_RE.test(text.slice(t, te))) return -1;
    // (and the page's info bar under the title: 1. 主要任务 / 2. 保障措施 over a title and its 主送 may be the notice's own)
    const b = nextText(j);
    if (b >= n || table[b]) return -1;
    const w = wholeLine(text, lineStarts[b], ends[b], true, true);
    return w && w[w.length - 1].end >= trimEnd(text, lineStarts[b], ends[b]) ? lastLine : -1;
  };
  /**
   * Line k is a row of one table label and its value without a colon (名称 关于印发《…》的通知): a label, a blank, then one
   * word without body punctuation.
   */
  const bareLabelRow = (k: number): boolean => {
    const t = bulletEnd(text, skipSpaces(text, lineStarts[k], ends[k]), ends[k]);
    const te = trimEnd(text, t, ends[k]);
    const m = t < te ? matchAt(CELL_LABEL_RE, text, t) : null;
    if (!m || m[2] !== undefined || m[4] !== undefined) return false;
    const le = t + m[0].length;
    const v = skipSpaces(text, le, te);
    return v > le && v < te && wordEnd(text, v, te) === te && firstBodyPunct(text, v, te) < 0;
  };
  /**
   * Line k is a row of one table label and its value after a blank, without a colon (索引号 SY-310…, 文件编号 某府〔2024〕1号,
   * 发布时间 2024-01-29): a label that is no generic field word (时间, 来源), then a date and time, or one word (at most 60
   * characters) without body punctuation or colon that is no label itself; no title unless `title` (the page's copy of it
   * between two rows). 1 under a page label, 2 under a weaker word (名称), else 0.
   */
  const bareRow = (k: number, title: boolean): number => {
    if (k >= n || table[k]) return 0;
    const t = bulletEnd(text, skipSpaces(text, lineStarts[k], ends[k]), ends[k]);
    const te = trimEnd(text, t, ends[k]);
    const m = t < te ? matchAt(CELL_LABEL_RE, text, t) : null;
    if (!m || m[2] !== undefined || m[4] !== undefined) return 0;
    const le = t + m[0].length;
    const v = skipSpaces(text, le, te);
    if (v === le || v >= te) return 0;
    const kind = m[1] !== undefined ? 1 : 2;
    const d = matchAt(DATETIME_RE, text, v);
    if (d) return v + d[0].length === te ? kind : 0;
    if (te - v > 60 || wordEnd(text, v, te) !== te || firstBodyPunct(text, v, te) >= 0 || hasColon(text, v, te) || matchAt(CELL_LABEL_RE, text, v)) return 0;
    if (!title && (TITLE_WORD_RE.test(text.slice(v, te)) || MORE_TITLE_KINDS_RE.test(text.slice(v, te)))) return 0;
    return kind;
  };
  /**
   * Lines from k (blank lines between) that are colon-less rows of one label and its value (bareRow): two or more, two under
   * page labels; or one under a page label when the line before is the table's (`after`). A title's copy is read between two
   * rows only. The last row's line, else -1.
   */
  const bareRows = (k: number, after: boolean): number => {
    let rows = 0;
    let strong = 0;
    let lastRow = -1;
    for (let j = k; j < n && rows < 24; j = nextText(j)) {
      const r = bareRow(j, false) || (rows > 0 && bareRow(nextText(j), false) ? bareRow(j, true) : 0);
      if (!r) break;
      rows++;
      if (r === 1) strong++;
      lastRow = j;
    }
    return (rows >= 2 && strong >= 2) || (after && strong >= 1) ? lastRow : -1;
  };
  /**
   * Lines from k (blank lines between) holding only an accessibility toolbar's words (toolbarWords), three words at least,
   * one of them the toolbar's own: the last of them, else -1.
   */
  const toolbarLines = (k: number): number => {
    let words = 0;
    let own = 0;
    let lastLine = -1;
    for (let j = k; j < n && j - k < 24; j = nextText(j)) {
      if (table[j]) break;
      const t = skipSpaces(text, lineStarts[j], ends[j]);
      const tw = t < ends[j] ? toolbarWords(text, t, trimEnd(text, t, ends[j])) : null;
      if (!tw) break;
      words += tw.words;
      own += tw.own;
      lastLine = j;
    }
    return words >= 3 && own >= 1 ? lastLine : -1;
  };
  /**
   * Line k opens the metadata table with a label the page cut short (`号: 0030…/2022-00218 信息分类: 规范性文件发布`): a
   * page label's last characters and colon, a value no notice text reads as, then the table's cells to the line's end.
   */
  const cutLabelRow = (k: number): boolean => {
    const t = skipSpaces(text, lineStarts[k], ends[k]);
    const te = trimEnd(text, t, ends[k]);
    const m = t < te ? matchAt(CUT_LABEL_RE, text, t) : null;
    if (!m) return false;
    const v = skipSpaces(text, t + m[0].length, te);
    const w = wordEnd(text, v, te);
    if (w <= v || !PLAIN_VALUE_RE.test(text.slice(v, w))) return false;
    const y = skipSpaces(text, w, te);
    return y > w && y < te && !!matchAt(METADATA_RE, text, y) && firstBodyPunct(text, y, te) < 0;
  };
  /**
   * Line k is a list bullet, a label (2–8 characters, no blank inside, or a table label spaced out: 名  称), its colon and
   * a short value or none (• 公开时限: 常年公开). The value is no title (关于…的通知), unless the notice's title on the next
   * line with text names it (• 名  称:关于做好防汛工作的通知 over 某县人民政府办公室关于做好防汛工作的通知): the page's copy.
   */
  const bulletLabelLine = (k: number): boolean => {
    const b = skipSpaces(text, lineStarts[k], ends[k]);
    if (b >= ends[k] || !isBullet(text.charCodeAt(b))) return false;
    const t = skipSpaces(text, b + 1, ends[k]);
    const te = trimEnd(text, t, ends[k]);
    let x = t;
    while (x < te && x - t <= 8 && isSiteWordChar(text.charCodeAt(x))) x++;
    if (x - t < 2 || x >= te || !isColon(text.charCodeAt(x))) {
      const m = t < te ? matchAt(CELL_LABEL_RE, text, t) : null;
      if (!m || m[4] === undefined) return false;
      x = t + m[0].length - 1;
    }
    const v = skipSpaces(text, x + 1, te);
    return te - v <= 40 && firstBodyPunct(text, v, te) < 0 && (!TITLE_WORD_RE.test(text.slice(v, te)) || titleNamesValue(k, v, te));
  };
  /** The next line with text after line k is a title (≤ 40 characters more) ending with the text [v, te). */
  const titleNamesValue = (k: number, v: number, te: number): boolean => {
    const j = nextText(k);
    if (j >= n || table[j] || ends[j] - lineStarts[j] > te - v + 60) return false;
    const want = text.slice(v, te).replace(BLANKS_G, '');
    const a = text.slice(lineStarts[j], ends[j]).replace(BLANKS_G, '');
    return want.length >= 6 && a.length <= want.length + 40 && a.endsWith(want) && firstBodyPunct(text, lineStarts[j], ends[j]) < 0;
  };
  /**
   * Line k (its text [t, te)) is a law site's header: one to three short words naming the site or its channel (ABC中国,
   * 法规首页, a menu word), then a copy of the notice's title, which the next line with text holds alone.
   */
  const crumbOverTitle = (k: number, t: number, te: number): boolean => {
    if (te - t > 200) return false;
    const j = nextText(k);
    if (j >= n || table[j]) return false;
    const jt = skipSpaces(text, lineStarts[j], ends[j]);
    const jte = trimEnd(text, jt, ends[j]);
    if (jte - jt >= te - t) return false;
    const want = text.slice(jt, jte).replace(BLANKS_G, '');
    if (want.length < 6 || !TITLE_WORD_RE.test(want) || firstBodyPunct(text, jt, jte) >= 0) return false;
    let x = t;
    let site = false;
    for (let words = 0; words < 3; words++) {
      let y = x;
      while (y < te && !isSpace(text.charCodeAt(y))) y++;
      if (y >= te || y - x > 12 || firstBodyPunct(text, x, y) >= 0) return false;
      const w = text.slice(x, y);
      if (SITE_PREFIX_RE.test(w) || NAV_WORD_RE.test(w)) site = true;
      x = skipSpaces(text, y, te);
      if (site && text.slice(x, te).replace(BLANKS_G, '') === want) return true;
    }
    return false;
  };
  /**
   * Line k (its text [t, te)) is a 发文字号 glued (blanks allowed) before a copy of a title in 《》 (…关于印发〈…〉的通知》), and the
   * next line with text holds that copy alone, with or without its 《》.
   */
  const numberedTitleCopy = (k: number, t: number, te: number): boolean => {
    if (te - t > 200 || text.charCodeAt(te - 1) !== 0x300b) return false;
    const m = matchAt(NUMBER_AT_RE, text, t);
    if (!m) return false;
    const b = skipSpaces(text, t + m[0].length, te);
    if (text.charCodeAt(b) !== 0x300a || te - b < 8 || !TITLE_WORD_RE.test(text.slice(b + 1, te - 1))) return false;
    const j = nextText(k);
    if (j >= n || table[j]) return false;
    const copy = text.slice(b, te).replace(BLANKS_G, '');
    const a = text.slice(lineStarts[j], ends[j]).replace(BLANKS_G, '');
    return a === copy || a === copy.slice(1, -1);
  };
  /** Line k (its text [t, te)) is a 发文字号 alone, the same as the line with text right above it. */
  const repeatedNumber = (k: number, t: number, te: number): boolean => {
    const m = matchAt(NUMBER_AT_RE, text, t);
    if (!m || t + m[0].length !== te) return false;
    const p = prevText(k);
    if (p < 0 || table[p]) return false;
    const pt = skipSpaces(text, lineStarts[p], ends[p]);
    return text.slice(pt, trimEnd(text, pt, ends[p])) === text.slice(t, te);
  };
  /** The next line with text after k is wholly residue of the head zone. */
  const nextWhole = (k: number): boolean => {
    const j = nextText(k);
    if (j >= n || table[j]) return false;
    const w = wholeLine(text, lineStarts[j], ends[j], true, true);
    return !!w && w[w.length - 1].end >= trimEnd(text, lineStarts[j], ends[j]);
  };
  const rowPiece = (k: number, kind: ResidueKind = 'metadata-table'): Piece[] => {
    const t = skipSpaces(text, lineStarts[k], ends[k]);
    return [{ start: t, end: trimEnd(text, t, ends[k]), kind }];
  };

  // Head zone.
  let i = 0;
  let bodyLine = n;
  let afterResidue = false;
  // (lastEnd: where the last line with text ends, updated after each line)
  let lastEnd = 0;
  for (; i < n; lastEnd = skipSpaces(text, lineStarts[i], ends[i]) < ends[i] ? trimEnd(text, lineStarts[i], ends[i]) : lastEnd, i++) {
    const s = lineStarts[i];
    const e = ends[i];
    const t = skipSpaces(text, s, e);
    if (t >= e) continue;
    const whole = table[i] ? null : wholeLine(text, s, e, true, true);
    if (whole && whole[whole.length - 1].end >= trimEnd(text, t, e)) {
      lineResidue[i] = whole;
      afterResidue = true;
      continue;
    }
    // a bullet list of the metadata table's values whose labels were lost (• 某府〔2023〕47号 / • 水利、水务 / • 2023-04-12)
    const values = bulletValues(i);
    if (values > i) {
      for (let j = i; j <= values; j++) if (skipSpaces(text, lineStarts[j], ends[j]) < ends[j]) lineResidue[j] = rowPiece(j);
      afterResidue = true;
      i = values;
      continue;
    }
    // a breadcrumb set as a numbered list, one item a line (1. 首页 / 2. 信息公开 / 3. 政策法规)
    const trail = numberedTrail(i);
    if (trail > i) {
      for (let j = i; j <= trail; j++) {
        const tj = skipSpaces(text, lineStarts[j], ends[j]);
        if (tj < ends[j]) lineResidue[j] = [{ start: tj, end: trimEnd(text, tj, ends[j]), kind: 'breadcrumb' }];
      }
      afterResidue = true;
      i = trail;
      continue;
    }
    // a site's menu set as numbered lists right above the title (1. 决策公开制度 / 2. 民意征集与反馈 / 关于…的通知)
    const nav = numberedNav(i);
    if (nav > i) {
      for (let j = i; j <= nav; j++) {
        const tj = skipSpaces(text, lineStarts[j], ends[j]);
        if (tj < ends[j]) lineResidue[j] = [{ start: tj, end: trimEnd(text, tj, ends[j]), kind: 'breadcrumb' }];
      }
      afterResidue = true;
      i = nav;
      continue;
    }
    // a row of the metadata table whose values follow a space or a `|` (read before taking the line for a task table),
    // or the value of a label left empty on the line before (`• 索引号:` / `6107280000/2024-001005`)
    if (buttonCounter(i)) {
      lineResidue[i] = rowPiece(i, 'page-ui');
      afterResidue = true;
      continue;
    }
    // a label alone on its line (索引号 / 主题分类 / 发布机构, no colon) over its value on the next line
    const pair = verticalPair(i, afterResidue);
    if (pair > i) {
      lineResidue[i] = rowPiece(i);
      lineResidue[pair] = rowPiece(pair);
      afterResidue = true;
      i = pair;
      continue;
    }
    // rows of one label and its value without a colon, one a line (索引号 SY-… / 文件编号 某府〔2024〕1号 / 发布时间 2024-01-29),
    // or an accessibility toolbar's lines (页面 / 配色 / 辅助线 / 重置)
    const rows = Math.max(bareRows(i, afterResidue), toolbarLines(i));
    if (rows >= i) {
      for (let j = i; j <= rows; j++) if (skipSpaces(text, lineStarts[j], ends[j]) < ends[j]) lineResidue[j] = rowPiece(j, toolbarLines(i) >= i ? 'page-ui' : 'metadata-table');
      afterResidue = true;
      i = rows;
      continue;
    }
    if (
      metadataRow(i, afterResidue) ||
      separatorRow(i, afterResidue) ||
      // a row of one label with its value between rows of the table (名    称:某县……的通知 under 发布机构: and over 文    号:)
      (afterResidue && labelColonAt(text, bulletEnd(text, t, e)) && tableGoesOn(i)) ||
      // or without its colon (名称 关于印发《…》的通知 between 发布机构 … and 文号 …)
      (afterResidue && bareLabelRow(i) && tableGoesOn(i)) ||
      // the table's first row, its first label cut short by the page (号: 0030…), over the table's other rows
      ((afterResidue || lastEnd === 0) && cutLabelRow(i) && tableGoesOn(i)) ||

      // a law database's heading over its 【label】 block (文章属性) or under it (正文)
      // (or over a line of the site's own: 条款摘要 / 资料来自公开网络…)
      (HEADING_LINE_RE.test(text.slice(t, trimEnd(text, t, e))) && (afterResidue || tableGoesOn(i) || nextWhole(i))) ||
      (afterResidue && isColon(text.charCodeAt(lastEnd - 1)) && valueLine(text, t, trimEnd(text, t, e), labelIsNumber(text, lastEnd - 1)))
    ) {
      lineResidue[i] = rowPiece(i);
      afterResidue = true;
      continue;
    }
    if (table[i]) {
      bodyLine = i;
      break;
    }
    if (whole) {
      // A label left empty before a value written after a space (`标题: 某某…的通知`, `索引号: 1150…/2021-00021`, one
      // label a line): the rest of the line is the label's value when the table goes on on the next line, or when
      // it is a value no notice text reads as under other rows of the table.
      const te = trimEnd(text, t, e);
      const we = whole[whole.length - 1].end;
      if (
        whole.length === 1 &&
        whole[0].kind === 'metadata-table' &&
        firstBodyPunct(text, we, te) < 0 &&
        !isColon(text.charCodeAt(te - 1)) &&
        (tableGoesOn(i) || (afterResidue && valueLine(text, skipSpaces(text, we, te), te, labelIsNumber(text, we - 1))) || (afterResidue && te - t <= 150 && labelAfterBlank(text, we, te)))
      ) {
        lineResidue[i] = rowPiece(i);
        afterResidue = true;
        continue;
      }
      // a metadata table ending inside the line (collapsed page): the rest of the line is the notice
      lineResidue[i] = whole;
      bodyLine = i;
      break;
    }
    const te = trimEnd(text, t, e);
    // a law site's header: the 发文字号 glued before a copy of the title in 《》 that the next line holds (某政办发〔2024〕3号《某县
    // ……的通知》 / 《某县……的通知》), and the 发文字号 written a second time on the line right under it: the site's
    const dup = numberedTitleCopy(i, t, te) ? 'breadcrumb' : repeatedNumber(i, t, te) ? 'metadata-table' : null;
    if (dup) {
      lineResidue[i] = [{ start: t, end: te, kind: dup }];
      afterResidue = true;
      continue;
    }
    if (stampLine(text, t, te) || todayLine(text, t, te)) {
      lineResidue[i] = [{ start: t, end: te, kind: 'field' }];
      afterResidue = true;
      continue;
    }
    // (and a law site's header over the title: ABC中国 法规首页 某县……的通知 / 某县……的通知)
    // (a site's channel banner: 业务板块Business)
    if (linkBar(text, t, te) || siteTitle(text, t, te) || navMenu(text, t, te) || crumbOverTitle(i, t, te) || bannerLine(text, t, te)) {
      lineResidue[i] = [{ start: t, end: te, kind: 'breadcrumb' }];
      afterResidue = true;
      continue;
    }
    const punct = firstBodyPunct(text, t, te);
    const isBody = punct >= 0 || isColon(text.charCodeAt(te - 1)) || markerAt(text, t, te) !== null;
    // residue runs after spaces, before the first body punctuation
    const limit = punct >= 0 ? punct : te;
    const found: Piece[] = [];
    let bulletsRead = -1;
    // a channel name or a page tag glued before the title: 政务服务丨…的通知, “党政混合信息公开” 中共某区委办公室…
    const tag = matchAt(TITLE_TAG_RE, text, t);
    if (tag && t + tag[0].length < limit) found.push({ start: t, end: t + tag[0].length, kind: 'breadcrumb' });
    // a page's column tag before the title (【意见征集】关于…的公告, [置顶], （已失效）关于…)
    const col = tag ? -1 : columnTagEnd(text, t, limit);
    if (col > t) found.push({ start: t, end: col, kind: 'breadcrumb' });
    // a law site's header before the title in a collapsed head (ABC中国 法规首页 某县……的通知 某县……的通知 …)
    let crumb = tag || col > t ? -1 : inlineCrumbEnd(text, t, limit);
    // (or the site's title bar as the first word: 某某法律网—法律法规查看 某市……的通知 【颁发部门】 …)
    if (crumb < 0 && !tag && col < 0) {
      const w = wordEnd(text, t, Math.min(limit, t + 41));
      if (w < limit && isSpace(text.charCodeAt(w)) && hasSiteSeparator(text, t, w) && siteTitle(text, t, w)) crumb = w;
    }
    // (or an accessibility toolbar, 页面 配色 辅助线 重置 当前位置:…, or a channel banner glued to its English name, 业务板块Business
    // 某县人民政府办公室 …, as the first words of a collapsed head)
    let toolEnd = -1;
    if (crumb < 0 && !tag && col < 0) {
      toolEnd = toolbarRunEnd(text, t, limit);
      const w = toolEnd < 0 ? wordEnd(text, t, Math.min(limit, t + 81)) : -1;
      if (w > t && w < limit && bannerLine(text, t, w)) crumb = w;
    }
    if (crumb > t) found.push({ start: t, end: crumb, kind: 'breadcrumb' });
    if (toolEnd > t) {
      found.push({ start: t, end: toolEnd, kind: 'page-ui' });
      crumb = toolEnd;
    }
    // a page's validity tag glued after the title (…的通知（已失效）, …的通知[失效]), before a blank or the line's end
    validityTags(text, col > t ? col : crumb > t ? crumb : t, limit, te, found);
    for (let x = tag ? t + tag[0].length : col > t ? col : crumb > t ? crumb : t; x < limit; x++) {
      // (or where a page field is glued after the title's document type: …的通知发布日期:2022-01-21字体:【)
      if (x !== t && !isSpace(text.charCodeAt(x)) && !gluedField(text, t, x)) continue;
      const y = x === t ? t : skipSpaces(text, x, te);
      if (y >= te) break;
      // a news page's stamp in a collapsed head (…的通告 社会热点2022-10-12 06:32:26未知 关于…)
      const st = y < limit ? stampAt(text, y, te) : -1;
      if (st > 0) {
        found.push({ start: y, end: st, kind: 'field' });
        x = st - 1;
        continue;
      }
      // a bulleted info list in a collapsed head (…的通知 • 信息类别: 县府办字 • 文件编号: 县府办字〔2020〕36号 • 公开时限: 常年公开)
      // (a list found wanting is not read again from a later bullet of it: fewer items hold fewer page labels)
      const bl = y >= bulletsRead && isBullet(text.charCodeAt(y)) ? bulletListEnd(text, y, limit) : null;
      if (bl && bl.ok) {
        found.push({ start: y, end: bl.end, kind: 'metadata-table' });
        x = bl.end - 1;
        continue;
      }
      if (bl) bulletsRead = bl.end;
      // rows of the metadata table without colons in a collapsed head (…的通知 文 号 某政办发〔2024〕9号 发布日期 2024-06-01 …)
      const br = y < limit ? bareCellsEnd(text, y, te) : -1;
      if (br > 0) {
        found.push({ start: y, end: br, kind: 'metadata-table' });
        // (a page button right after the table goes with it: … 效力状态 有效 分享 某县人民政府 关于…)
        const z = skipSpaces(text, br, te);
        const b = z > br && z < te ? (matchAt(PAGE_BUTTON_RE, text, z) ?? matchAt(ZONE_BUTTON_RE, text, z)) : null;
        const be = b && (z + b[0].length >= te || isSpace(text.charCodeAt(z + b[0].length))) ? z + b[0].length : -1;
        if (be > 0) found.push({ start: z, end: be, kind: 'page-ui' });
        x = Math.max(br, be) - 1;
        continue;
      }
      let r = residueRun(text, y, te, false, true);
      // (a field glued after the title counts with its value only, a date or a number: …的通知发布日期:2022-01-21, not
      // …的通知浏览次数:)
      if (r && y === x && x !== t && !gluedValue(text, r.pieces[0])) r = null;
      if (r) {
        // a run of pipes takes the spaces before it (` | |`)
        if (r.pieces[0].kind === 'pipe') r.pieces[0].start = x;
        found.push(...r.pieces);
        x = r.end - 1;
      } else x = Math.max(x, y - 1);
    }
    if (found.length) lineResidue[i] = found;
    if (isBody) {
      bodyLine = i;
      break;
    }
    afterResidue = false;
  }

  // A page's bulleted info list (• 信息类别: 县府办字 / • 文件编号: 县府办字〔2020〕36号 / • 责任部门: 县政府办公室): when two of its
  // lines at least are wholly rows of the metadata table, every line of the list that is one short label, its colon and a
  // short value (no body punctuation, no title) is the table's too.
  // (a row whose label was left empty before its value, `• 公开范围: 面向全社会`, ended the head zone: the list goes on past it,
  // and the head zone with it)
  for (let k = 0; k < bodyLine && k < n; k++) {
    if (!bulletLabelLine(k)) continue;
    let rows = 0;
    let j = k;
    let lastItem = k;
    for (; j < n && (j <= bodyLine || lastItem >= bodyLine); j++) {
      const b = skipSpaces(text, lineStarts[j], ends[j]);
      if (b >= ends[j]) continue;
      if (table[j] || !bulletLabelLine(j)) break;
      if (j < bodyLine && coversLine(j) && lineResidue[j]!.every((x) => x.kind === 'metadata-table' || x.kind === 'field')) rows++;
      lastItem = j;
    }
    if (rows >= 2) {
      for (let x = k; x <= lastItem; x++) if (skipSpaces(text, lineStarts[x], ends[x]) < ends[x] && !coversLine(x)) lineResidue[x] = rowPiece(x);
      if (lastItem >= bodyLine) bodyLine = nextText(lastItem);
    }
    k = lastItem;
  }

  // A page's heading between two lines of its info rows, copying a value of a row above (名称: 某市政府第8次常务会议 /
  // 发布日期: … / 某市政府第8次常务会议 / 发布时间: …): the page's, never a title (关于…的通知 is the notice's own).
  for (let k = 1; k < bodyLine && k < n; k++) {
    if (lineResidue[k]) continue;
    const t = skipSpaces(text, lineStarts[k], ends[k]);
    const te = trimEnd(text, t, ends[k]);
    if (te - t < 6 || te - t > 60 || firstBodyPunct(text, t, te) >= 0 || TITLE_WORD_RE.test(text.slice(t, te))) continue;
    let p = k - 1;
    while (p >= 0 && skipSpaces(text, lineStarts[p], ends[p]) >= ends[p]) p--;
    const nx = nextText(k);
    if (p < 0 || nx >= n || !coversLine(p) || !coversLine(nx)) continue;
    const want = text.slice(t, te).replace(BLANKS_G, '');
    for (let j = p; j >= 0 && j >= k - 8; j--) {
      if (!lineResidue[j] || ends[j] - lineStarts[j] > 300) continue;
      if (text.slice(lineStarts[j], ends[j]).replace(BLANKS_G, '').includes(want)) {
        lineResidue[k] = [{ start: t, end: te, kind: 'breadcrumb' }];
        break;
      }
    }
  }

  // The page's heading repeating the title a few lines below it, page residue between them (on one line or two):
  // 关于……的通告 / 01-15 09:43 / 关于……的通告. The first copy is the page's, not the notice's.
  for (let k = 0; k < bodyLine && k < n; k++) {
    const lr = lineResidue[k];
    const t = skipSpaces(text, lineStarts[k], ends[k]);
    const te = trimEnd(text, t, ends[k]);
    if (t >= te) continue;
    // (after a channel name glued before it: 政务服务丨……)
    const rs = lr && lr.length === 1 && lr[0].start === t && lr[0].kind === 'breadcrumb' ? lr[0].end : lr ? -1 : t;
    // (a title: 关于…, or ending with a document type — an issuer's name also signs the notice below)
    if (rs < 0 || te - rs < 6 || te - rs > 100 || firstBodyPunct(text, rs, te) >= 0 || !TITLE_WORD_RE.test(text.slice(rs, te))) continue;
    const copy = repeatedBelow(k, text.slice(rs, te));
    if (copy >= 0 || copy === -2) lineResidue[k] = [...(lr ?? []), { start: rs, end: te, kind: 'breadcrumb' }];
    // a law site writes the name a second time in its header (某市……实施细则 / 某省某市人民政府办公室 / 关于印发某市……实施细则的
    // 通知): that copy is the page's too when the notice's own title, below it, writes or names it again
    if (copy >= 0 && copy < bodyLine && !lineResidue[copy]) {
      const ct = skipSpaces(text, lineStarts[copy], ends[copy]);
      const cte = trimEnd(text, ct, ends[copy]);
      if (namedBelow(copy, text.slice(ct, cte))) lineResidue[copy] = [{ start: ct, end: cte, kind: 'breadcrumb' }];
    }
  }

  /**
   * Line k ends a forum comment (at most three lines, no date line among them) whose poster's line (… 发表于 2021-9-17
   * 15:56:55 …, wholly residue) is above it, below the notice's first body line, with residue under line k: the
   * poster's line, or -1.
   */
  const commentPost = (k: number): number => {
    const below = nextText(k);
    if (below >= n || !lineResidue[below]) return -1;
    let lines = 0;
    for (let j = k; j > bodyLine; j--) {
      const t = skipSpaces(text, lineStarts[j], ends[j]);
      if (t >= ends[j]) continue;
      const te = trimEnd(text, t, ends[j]);
      if (j < k && te - t <= 200 && text.slice(t, te).includes('发表于') && wholeLine(text, lineStarts[j], ends[j], true)) return j;
      if (++lines > 3 || te - t > 200 || matchAt(DATETIME_RE, text, t)?.[0].length === te - t) return -1;
    }
    return -1;
  };

  // Tail zone: whole lines from the end.
  let last = n - 1;
  // (the lines taken for a download's file names: the notice's own when its 附件： label stands above them)
  const named: number[] = [];
  for (; last > bodyLine; last--) {
    const s = lineStarts[last];
    const e = ends[last];
    if (skipSpaces(text, s, e) >= e) continue;
    if (table[last]) break;
    const whole = wholeLine(text, s, e, true);
    if (whole) {
      lineResidue[last] = whole;
      continue;
    }
    // a page's download block: its label (文件附件：) and the file names (32关于印发….doc, ….pdf)
    const t = skipSpaces(text, s, e);
    const te = trimEnd(text, t, e);
    if (downloadLine(text, t, te)) {
      lineResidue[last] = [{ start: t, end: te, kind: 'page-ui' }];
      named.push(last);
      continue;
    }
    // an accessibility toolbar on a line of its own (配色 辅助线 重置), three words at least
    const tw = toolbarWords(text, t, te);
    if (tw && tw.words >= 3 && tw.own >= 1) {
      lineResidue[last] = [{ start: t, end: te, kind: 'page-ui' }];
      continue;
    }
    // a reposting site's own disclaimer (本站部分信息由…提供…不承担任何保证责任。)
    const sd = te - t <= 300 ? matchAt(SITE_DISCLAIMER_RE, text, t) : null;
    if (sd) {
      lineResidue[last] = [{ start: t, end: te, kind: 'page-ui' }];
      continue;
    }
    // a forum comment between its poster's line (张三 发表于 …) and the 回复 bar below it
    const post = commentPost(last);
    if (post < 0) break;
    for (let j = post + 1; j <= last; j++) {
      const tj = skipSpaces(text, lineStarts[j], ends[j]);
      if (tj < ends[j]) lineResidue[j] = [{ start: tj, end: trimEnd(text, tj, ends[j]), kind: 'page-ui' }];
    }
    lineResidue[post] = wholeLine(text, lineStarts[post], ends[post], true);
    last = post;
  }
  if (named.length && last >= 0 && ATTACHMENT_LABEL_RE.test(text.slice(skipSpaces(text, lineStarts[last], ends[last]), trimEnd(text, lineStarts[last], ends[last])))) {
    // a page's download list under 附件： right after the 成文日期, each file name after a list bullet (附件： / ·关于….docx): the
    // page's, label and all; plain file names under the label stay the notice's own
    const lt = skipSpaces(text, lineStarts[last], ends[last]);
    const prev = last > 0 ? prevText(last) : -1;
    const pt = prev >= 0 ? skipSpaces(text, lineStarts[prev], ends[prev]) : -1;
    if (
      prev >= 0 &&
      named.every((j) => isBullet(text.charCodeAt(skipSpaces(text, lineStarts[j], ends[j])))) &&
      matchAt(DATETIME_RE, text, pt)?.[0].length === trimEnd(text, pt, ends[prev]) - pt &&
      text.charCodeAt(trimEnd(text, pt, ends[prev]) - 1) === 0x65e5
    ) {
      lineResidue[last] = [{ start: lt, end: trimEnd(text, lt, ends[last]), kind: 'page-ui' }];
      last = prev;
    } else for (const j of named) lineResidue[j] = null;
  }
  // A residue run ending the last content line.
  if (last >= 0 && last >= bodyLine && !table[last]) {
    const s = lineStarts[last];
    const e = trimEnd(text, s, ends[last]);
    let from = Math.max(s, e - 300);
    for (const pc of lineResidue[last] ?? []) from = Math.max(from, pc.end);
    for (let x = from; x < e; x++) {
      if (!isSpace(text.charCodeAt(x)) || x === s) continue;
      const y = skipSpaces(text, x, e);
      let r = residueRun(text, y, e, true);
      // a download's file name right after the notice's date, or after the page's 文件附件： label (collapsed: …
      // 2021年9月19日 71民政部….pdf 信息来源: 县民政局); never after the notice's own 附件：
      if (!r) {
        const lab = matchAt(DOWNLOAD_WORD_RE, text, y);
        const z = lab ? skipSpaces(text, y + lab[0].length, e) : y;
        const w = z < e ? wordEnd(text, z, e) : z;
        // (the label alone ends the text: …2023年10月7日 相关附件>>)
        if (lab && z >= e) r = { pieces: [{ start: y, end: e, kind: 'page-ui' }], end: e };
        else if (!lab && text.charCodeAt(x - 1) === 0x65e5 && matchAt(BULLET_FILES_LABEL_RE, text, y)) {
          // 附件： and the file names after list bullets right after the date (…2023年7月31日 附件： ·关于….docx 原文链接:…)
          const al = matchAt(BULLET_FILES_LABEL_RE, text, y);
          const fe = al ? bulletFilesEnd(text, skipSpaces(text, y + al[0].length, e), e) : -1;
          const rest = fe > 0 && fe < e ? residueRun(text, skipSpaces(text, fe, e), e, true) : null;
          if (fe > 0 && (skipSpaces(text, fe, e) >= e || rest)) r = { pieces: [{ start: y, end: fe, kind: 'page-ui' }, ...(rest?.pieces ?? [])], end: e };
        }
        else if ((lab || text.charCodeAt(x - 1) === 0x65e5) && w > z && downloadLine(text, z, w) && !DOWNLOAD_LABEL_RE.test(text.slice(z, w))) {
          const rest = w < e ? residueRun(text, skipSpaces(text, w, e), e, true) : null;
          if (w >= e || rest) r = { pieces: [{ start: y, end: w, kind: 'page-ui' }, ...(rest?.pieces ?? [])], end: e };
        }
      }
      if (r) {
        if (r.pieces[0].kind === 'pipe') r.pieces[0].start = x;
        lineResidue[last] = [...(lineResidue[last] ?? []), ...r.pieces];
        break;
      }
      x = y - 1;
    }
  }

  /** Lines from k (blank lines between) wholly page fields, two or more with a view counter among them: the line after them, or k. */
  const fieldBlock = (k: number): number => {
    let lines = 0;
    let counter = false;
    let j = k;
    let after = k;
    for (; j < n && j - k < 12; j++) {
      const s = lineStarts[j];
      const e = ends[j];
      const t = skipSpaces(text, s, e);
      if (t >= e) continue;
      if (lineResidue[j] || table[j]) break;
      const w = wholeLine(text, s, e, true);
      if (!w || w.some((x) => x.kind !== 'field')) break;
      lines++;
      for (const x of w) if (COUNT_FIELDS.test(text.slice(x.start, Math.min(x.end, x.start + 8)))) counter = true;
      after = j + 1;
    }
    return lines >= 2 && counter ? after : k;
  };

  // Anywhere: pipe-only or page-UI-only lines, rows of a metadata table written with `|`, a block of page fields with a
  // view counter, and a pipe run ending a non-table line.
  afterResidue = false;
  for (let k = 0; k < n; k++) {
    const s = lineStarts[k];
    const e = ends[k];
    if (skipSpaces(text, s, e) >= e) continue;
    if (lineResidue[k]) {
      afterResidue = coversLine(k);
      continue;
    }
    if ((pipes[k] && (metadataRow(k, afterResidue) || separatorRow(k, afterResidue))) || buttonCounter(k)) {
      lineResidue[k] = rowPiece(k, pipes[k] ? 'metadata-table' : 'page-ui');
      afterResidue = true;
      continue;
    }
    afterResidue = false;
    if (table[k]) continue;
    const whole = wholeLine(text, s, e, false);
    if (whole) {
      lineResidue[k] = whole;
      afterResidue = true;
      continue;
    }
    // a block of page-field lines with a view counter (来源:… / 访问量: / 更新日期:…) below a page's slogan or
    // sidebar, past the head zone: no notice writes a view counter
    const fields = fieldBlock(k);
    if (fields > k) {
      for (let j = k; j < fields; j++) {
        if (skipSpaces(text, lineStarts[j], ends[j]) >= ends[j]) continue;
        lineResidue[j] = wholeLine(text, lineStarts[j], ends[j], true) as Piece[];
      }
      k = fields - 1;
      afterResidue = true;
      continue;
    }
    if (!pipes[k]) continue;
    const te = trimEnd(text, s, e);
    if (!isPipe(text.charCodeAt(te - 1))) continue;
    let x = te;
    while (x > s && (isPipe(text.charCodeAt(x - 1)) || isSpace(text.charCodeAt(x - 1)))) x--;
    if (x > s && !hasPipe(text, s, x) && isSpace(text.charCodeAt(x))) {
      lineResidue[k] = [{ start: x, end: te, kind: 'pipe' }];
    }
  }

  // A PDF's page number left inside a line where the page broke (collapsed: …减少森 — 2 — 林火灾…): one pass over the
  // text for each dash (— and －), never a scan per line.
  for (const dash of ['\u2014', '\uff0d']) {
    let k = -1;
    // the line's residue found before this pass, sorted, and the first of them not ending before the current hit
    let before: Piece[] = [];
    let bi = 0;
    for (let x = text.indexOf(dash); x >= 0; x = text.indexOf(dash, x + 1)) {
      if (k < 0 || (k + 1 < n && lineStarts[k + 1] <= x)) {
        while (k + 1 < n && lineStarts[k + 1] <= x) k++;
        before = lineResidue[k] ? [...lineResidue[k]!].sort((a, b) => a.start - b.start) : [];
        bi = 0;
      }
      if (table[k] || x === lineStarts[k] || !isSpace(text.charCodeAt(x - 1))) continue;
      const pe = inlinePageNumberEnd(text, x, ends[k], dash.charCodeAt(0));
      if (pe < 0) continue;
      while (bi < before.length && before[bi].end <= x) bi++;
      if (bi < before.length && before[bi].start < pe) continue;
      // (a page number alone on its line is already residue: this is one with text around it)
      if (skipSpaces(text, lineStarts[k], x) === x && skipSpaces(text, pe, ends[k]) >= ends[k]) continue;
      (lineResidue[k] ??= []).push({ start: x, end: pe, kind: 'page-ui' });
      x = pe - 1;
    }
  }

  // A line of only `|` under a row of the metadata table (its empty last row) is part of that table: one block, one finding.
  let prevRow = false;
  for (let k = 0; k < n; k++) {
    if (skipSpaces(text, lineStarts[k], ends[k]) >= ends[k]) continue;
    const lr = lineResidue[k];
    if (lr && prevRow && lr.every((x) => x.kind === 'pipe') && coversLine(k)) lr[0] = { ...lr[0], end: lr[lr.length - 1].end, kind: 'metadata-table' }, lr.length = 1;
    prevRow = !!lr && coversLine(k) && lr[lr.length - 1].kind === 'metadata-table';
  }

  for (let k = 0; k < n; k++) {
    const lr = lineResidue[k];
    if (!lr) continue;
    lr.sort((a, b) => a.start - b.start);
    for (const pc of lr) pieces.push(pc);
  }

  // Nodes: wholeLines when the piece covers its line's text; blocks by whitespace-only gaps.
  const nodes: ResidueNode[] = [];
  let block = -1;
  let li = 0;
  for (const pc of pieces) {
    while (li + 1 < n && lineStarts[li + 1] <= pc.start) li++;
    const s = lineStarts[li];
    const e = ends[li];
    const wholeLines = skipSpaces(text, s, e) === pc.start && skipSpaces(text, pc.end, e) >= e;
    const prev = nodes[nodes.length - 1];
    if (!prev || !onlyWhitespace(text, prev.end, pc.start)) block++;
    nodes.push({ start: pc.start, end: pc.end, kind: pc.kind, block, wholeLines });
  }
  return nodes;
}

function onlyWhitespace(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (!isSpace(c) && c !== 10 && c !== 13) return false;
  }
  return true;
}
