// A complete 印发 notice whose parts the notice-* tests vary one at a time.
export interface NoticeParts {
  title?: string;
  addressee?: string;
  cited?: string;
  signature?: string;
  date?: string;
  attachmentTitle?: string;
}

export function build(p: NoticeParts = {}): string {
  const lines = [
    p.title ?? '嘉兴市人民政府办公室关于印发嘉兴市推进服务业发展工作方案的通知',
    p.addressee ?? '各县（市、区）人民政府，市政府各部门、直属各单位：',
    `${p.cited ?? '《嘉兴市推进服务业发展工作方案》'}已经市政府同意，现印发给你们，请认真贯彻实施。`,
    p.signature ?? '嘉兴市人民政府办公室',
    p.date ?? '2010年12月9日',
    '（此件公开发布）',
    p.attachmentTitle ?? '嘉兴市推进服务业发展工作方案',
    '一、总体要求',
    '加快服务业发展。',
    '二、工作重点',
    '（一）出台服务业发展规划。',
    '牵头单位：市发展改革委。',
  ];
  return lines.filter((l) => l !== '').join('\n');
}
