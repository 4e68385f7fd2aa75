// A small 印发 notice for the date rules, with its signing date and one task as parameters.
export function notice(signDate: string, task = '（一）编制清单。牵头单位：市审批局。', extraBody = ''): string {
  return [
    '嘉兴市人民政府办公室关于印发示例工作方案的通知',
    '各县（市、区）人民政府，市政府各部门：',
    `《示例工作方案》已经市政府同意，现印发给你们，请认真贯彻实施。${extraBody}`,
    '嘉兴市人民政府办公室',
    signDate,
    '（此件公开发布）',
    '示例工作方案',
    '一、工作任务',
    task,
    '（二）做好宣传。牵头单位：市委宣传部。',
  ].join('\n');
}
