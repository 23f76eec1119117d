import { defineMessages } from '../../i18n/messages';

export const messages = defineMessages('changePassword', {
  zh: {
    title: '修改密码',
    why: '您的密码由他人设置（首次启动生成或管理员重置），请先设置只有您知道的新密码。',
    current: '当前密码',
    next: '新密码（至少 12 个字符）',
    repeat: '再次输入新密码',
    mismatch: '两次输入的新密码不一致',
    save: '保存新密码',
    saving: '正在保存…',
    signOut: '退出登录',
  },
  en: {
    title: 'Change your password',
    why: 'Your password was set by someone else (generated at first start, or reset by an administrator): choose one only you know before going on.',
    current: 'Current password',
    next: 'New password (at least 12 characters)',
    repeat: 'New password again',
    mismatch: 'The two new passwords differ',
    save: 'Save the new password',
    saving: 'Saving…',
    signOut: 'Sign out',
  },
});
