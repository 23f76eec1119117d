/**
 * The application lifecycle's stages as `workflow.application.stage-changed` names them (`to`), in both languages, for
 * the services that tell of a stage they only read from events (the applicant's notices). The workflow's machine is
 * the truth: a test holds this table equal to the machine's state labels.
 */
export const APPLICATION_STAGE_LABELS: Readonly<Record<string, { zh: string; en: string }>> = {
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '已提交', en: 'Submitted' },
  screening: { zh: '形式审查', en: 'Formal screening' },
  returned: { zh: '退回补正', en: 'Returned for revision' },
  unitReview: { zh: '责任单位审核', en: 'Responsible-unit review' },
  expertReview: { zh: '专家评审', en: 'Expert review' },
  publicNotice: { zh: '公示', en: 'Public notice' },
  approved: { zh: '已批准', en: 'Approved' },
  rejected: { zh: '未通过', en: 'Rejected' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
};
