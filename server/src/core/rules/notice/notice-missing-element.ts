// A notice needs its 主送机关, 发文机关署名 and 成文日期 (GB/T 9704-2012 §7.3.3, §7.3.5);
// the 主送机关 ends with a full-width colon; the 附件说明 lists the attachments that follow.
import type { Rule } from '../../rule';
import { normalizeTitle } from './normalize';

const KIND_EN: Record<string, string> = {
  通知: 'notice', 通报: 'circular', 请示: 'request for instructions', 意见: 'opinion', 决定: 'decision', 批复: 'reply', 报告: 'report', 函: 'letter', 通告: 'public notice', 公告: 'announcement', 公示: 'public notice',
};
// 通告, 公告 and 公示 address the public: no 主送机关, but a 署名 and a 成文日期 like any other
const PUBLIC_KINDS = /^(?:通告|公告|公示)$/;
// a notice that asks the public for comments addresses no body either: 关于公开征求《……》意见的通知, 关于向社会公开征求……
// (not 关于征求《……》意见的通知, sent to the departments it asks)
const PUBLIC_CONSULTATION_RE = /公开征求|向社会[^的]{0,4}征求|征求社会|征求公众/;

/** A file's extension ending an 附件说明 item (.pdf .doc .docx .xls .xlsx .wps .et .ofd). */
const FILE_EXTENSION_RE = /[.．](?:docx?|xlsx?|pdf|wps|et|ofd)$/i;

/** A draft's explanation, listed as an attachment a page offers to download: ……的起草说明, ……的修订说明, ……政策解读. */
const EXPLANATION_RE = /(?:说明|解读)$/;

export const noticeMissingElement: Rule = {
  id: 'notice-missing-element',
  defaultSeverity: 'warning',
  owner: 'other',
  description: {
    zh: '通知缺少主送机关、发文机关署名或成文日期；主送机关末尾缺冒号；附件说明与所附附件不符。',
    en: 'A notice without 主送机关, signature or signing date; a 主送机关 without its colon; an attachment note that does not match the attachments.',
  },
  check(ctx) {
    const { doc } = ctx;
    const { notice, text } = doc;
    // a bare work plan (no cover notice) is not a notice
    const kindMatch = notice.title ? /关于.{1,200}的(通知|通报|请示|意见|决定|批复|报告|函|通告|公告|公示)$/.exec(notice.title.text.replace(/\s+/g, '')) : null;
    if (!notice.title || !kindMatch) return;
    // the message names the document's own kind (决定缺少…), not always 通知
    const kind = kindMatch[1];
    const kindEn = KIND_EN[kind] ?? 'notice';
    const at = notice.title;
    const missing: { zh: string; en: string }[] = [];
    if (!notice.addressee && notice.kind !== undefined && !/报告$/.test(notice.title.text) && !PUBLIC_KINDS.test(kind) && !PUBLIC_CONSULTATION_RE.test(notice.title.text)) missing.push({ zh: '主送机关', en: 'addressee (主送机关)' });
    if (notice.signatures.length === 0) missing.push({ zh: '发文机关署名', en: 'signature (发文机关署名)' });
    if (!notice.signDate) missing.push({ zh: '成文日期', en: 'signing date (成文日期)' });
    if (missing.length > 0) {
      ctx.report({
        range: at,
        message: {
          zh: `${kind === '函' ? '本函' : kind}缺少${missing.map((m) => m.zh).join('、')}（GB/T 9704-2012 7.3）。`,
          en: `The ${kindEn} has no ${missing.length > 1 ? `${missing.slice(0, -1).map((m) => m.en).join(', ')} or ${missing[missing.length - 1].en}` : missing[0].en} (GB/T 9704-2012 §7.3).`,
        },
      });
    }
    const a = notice.addressee;
    if (a) {
      // a half-width colon is punct-half-width's business; here only a missing one
      const last = text.charAt(a.end - 1);
      if (last !== '：' && last !== ':') {
        ctx.report({
          range: a,
          message: { zh: '主送机关末尾缺少冒号，应加全角冒号“：”（GB/T 9704-2012 7.3.3）。', en: 'The addressee line (主送机关) should end with a full-width colon “：” (GB/T 9704-2012 §7.3.3).' },
          fixes: [{ title: { zh: '补上“：”', en: 'Add “：”' }, edits: [{ range: { start: a.end, end: a.end }, newText: '：' }], safe: true }],
        });
      }
    }
    // 附件说明: 附件：1.X 2.Y — each listed title must head one of the attachments that follow
    const note = notice.attachmentNote;
    // Only when the attachments are reproduced below (an attached document, or an 附件/附件1 mark on its own line):
    // a page that offers them as downloads, or a letter sending them separately, has nothing to compare with.
    const tailFrom = notice.signDate ? notice.signDate.end : note ? note.end : 0;
    const reproduced = ctx.doc.attachment !== undefined || /(?:^|[\r\n ])[ \t\u3000]*附[ \u3000]*件[ \u3000]*[0-9０-９]{0,2}[ \t\u3000]*(?:[\r\n ]|$)/.test(text.slice(tailFrom));
    if (note && reproduced) {
      const listed = note.text
        .replace(/^附\s*件\s*[:：]?/, '')
        .split(/\s*\d{1,2}[.．、]\s*/)
        // (a web copy's file name, ……实施方案.pdf: the name without its extension)
        .map((s) => s.replace(/[。；;]$/, '').trim().replace(FILE_EXTENSION_RE, ''))
        .filter(Boolean);
      const after = normalizeTitle(text.slice(note.end));
      // (a draft's 起草说明 / 修订说明 a page offers as a download next to the draft it reproduces: 1.《……办法》 2.关于《……》的修订说明)
      const someFound = listed.some((t) => normalizeTitle(t).length >= 4 && after.includes(normalizeTitle(t)));
      for (const title of listed) {
        const norm = normalizeTitle(title);
        if (norm.length < 4) continue;
        if (someFound && EXPLANATION_RE.test(norm)) continue;
        if (!after.includes(norm)) {
          ctx.report({
            range: note,
            message: {
              zh: `附件说明中的“${title}”在文后附件中找不到同名标题，请核对附件名称（GB/T 9704-2012 7.3.4）。`,
              en: `The attachment note lists "${title}", but no attachment below has that title (GB/T 9704-2012 §7.3.4).`,
            },
          });
        }
      }
    }
  },
};
