import { defineMessages } from '../../i18n/messages';

export const messages = defineMessages('login', {
  zh: {
    title: '登录',
    username: '用户名',
    password: '密码',
    signIn: '登录',
    signingIn: '正在登录…',
    expired: '登录已过期，请重新登录。',
    demoHint: '请使用管理员为您开设的账号登录；演示环境（DEMO_ACCOUNTS=true）的账号和密码见启动日志。',
    or: '或使用账号密码登录',
  },
  en: {
    title: 'Sign in',
    username: 'Username',
    password: 'Password',
    signIn: 'Sign in',
    signingIn: 'Signing in…',
    expired: 'Your session expired; please sign in again.',
    demoHint: 'Sign in with the account an administrator opened for you; in a demo (DEMO_ACCOUNTS=true) the start-up log lists the demo accounts and their password.',
    or: 'or with a username and password',
  },
});
