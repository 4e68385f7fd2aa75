// Text a web page left behind around the notice: breadcrumbs, page fields, page buttons.
import type { ResidueNode } from '../../model';
import { pageUiSort } from '../../parse/residue';
import type { Rule } from '../../rule';
import { deletionRange } from '../shared/text';

const kindNames: Record<string, { zh: string; en: string }> = {
  breadcrumb: { zh: '网页导航', en: 'breadcrumb' },
  field: { zh: '网页信息栏', en: 'page fields' },
  'page-ui': { zh: '网页按钮文字', en: 'page buttons' },
  'metadata-table': { zh: '网页索引信息表', en: 'page metadata table' },
  // (page-ui nodes told apart by their text)
  'page-number': { zh: 'PDF页码', en: 'PDF page numbers' },
  'page-header': { zh: 'PDF页眉', en: 'PDF page header' },
  download: { zh: '网页附件下载栏', en: 'download links' },
  footer: { zh: '网站页脚', en: 'site footer' },
};

export const strayWebResidue: Rule = {
  id: 'stray-web-residue',
  defaultSeverity: 'warning',
  owner: 'residue',
  description: {
    zh: '从网页复制时带入的导航、发布日期、信息来源、浏览次数等非公文内容。',
    en: 'Web-page residue copied with the notice: breadcrumbs, publication fields, view counters, page buttons.',
  },
  check(ctx) {
    const { text } = ctx.doc;
    // one finding per block of adjacent residue (| runs belong to stray-table-pipe unless they sit inside the block)
    const blocks = new Map<number, ResidueNode[]>();
    for (const node of ctx.doc.residue) {
      if (node.kind === 'pipe') continue;
      const list = blocks.get(node.block);
      if (list) list.push(node);
      else blocks.set(node.block, [node]);
    }
    for (const nodes of blocks.values()) {
      const start = nodes[0].start;
      const end = nodes[nodes.length - 1].end;
      const sorts = nodes.map((n) => (n.kind === 'page-ui' ? (pageUiSort(text, n.start, n.end) ?? n.kind) : n.kind));
      const kinds = [...new Set(sorts)].map((k) => kindNames[k] ?? { zh: k, en: k });
      const del = deletionRange(text, start, end);
      // a PDF's page number (— 2 —) is copied from the PDF, not from a web page
      const pages = sorts.every((k) => k === 'page-number');
      // a gazette's running header (11·12/2020  某市人民政府公报  ·…文件·) with or without its page marks (P. 10)
      const header = !pages && sorts.every((k) => k === 'page-number' || k === 'page-header');
      const marks = sorts.includes('page-number');
      ctx.report({
        range: { start, end },
        message: header
          ? {
              zh: `从PDF复制时带入的页眉${marks ? '和页码' : ''}不属于公文正文，应删除。`,
              en: `A page header${marks ? ' and page numbers' : ''} copied from the PDF ${marks ? 'are' : 'is'} not part of the notice; delete ${marks ? 'them' : 'it'}.`,
            }
          : pages
          ? {
              zh: `“${text.slice(start, end)}”是从PDF复制时带入的页码，不属于公文正文，应删除。`,
              en: `“${text.slice(start, end)}” is a page number copied from the PDF, not part of the notice; delete it.`,
            }
          : {
              zh: `网页残留内容（${kinds.map((k) => k.zh).join('、')}）不属于公文正文，应删除。`,
              en: `Web-page residue (${kinds.map((k) => k.en).join(', ')}) is not part of the notice; delete it.`,
            },
        tags: ['unnecessary'],
        fixes: [
          {
            title: header
              ? { zh: '删除页眉', en: 'Delete the page header' }
              : pages
                ? { zh: '删除页码', en: 'Delete the page number' }
                : { zh: '删除网页残留内容', en: 'Delete the web-page residue' },
            edits: [{ range: del, newText: '' }],
            safe: true,
            preferred: true,
          },
        ],
      });
    }
  },
};
