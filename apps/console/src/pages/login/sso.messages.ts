import { defineMessages } from '../../i18n/messages';

export const messages = defineMessages('sso', {
  zh: { title: '单点登录', signingIn: '正在完成单点登录…' },
  en: { title: 'Single sign-on', signingIn: 'Completing single sign-on…' },
});
