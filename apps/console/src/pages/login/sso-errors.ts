/**
 * Why a single sign-on ended on the sign-in page (`/?sso_error=<code>`), in both languages at once: whoever reads
 * it may have chosen either, and an administrator asked about it reads the other.
 */
const SSO_ERRORS: Record<string, string> = {
  SSO_NO_ROLE: '您在统一身份认证中的账号没有本平台的角色，请联系管理员。 Your account at the identity provider has no role on this platform: ask an administrator.',
  SSO_ASSIGNMENT_INCOMPLETE: '身份提供方给出的角色缺少所需的单位、区县或机构，请联系管理员。 The roles the identity provider gives you lack the unit, district or organisation they need: ask an administrator.',
  SSO_ACCOUNT_DISABLED: '您的账号已停用，请联系管理员。 Your account is disabled: ask an administrator.',
  SSO_STATE_INVALID: '登录请求已失效或已被使用，请重新登录。 The sign-in request expired or was already used: sign in again.',
  SSO_PROVIDER_REFUSED: '身份提供方未完成登录。 The identity provider did not complete the sign-in.',
  SSO_PROVIDER_ERROR: '无法验证身份提供方的应答，请重新登录。 The identity provider’s answer could not be verified: sign in again.',
  SSO_PROVIDER_UNAVAILABLE: '暂时无法连接身份提供方，请稍后重试。 The identity provider cannot be reached: try again later.',
  SSO_HANDOFF_INVALID: '单点登录已过期或已使用，请重新登录。 The single sign-on expired or was already used: sign in again.',
};

export function ssoErrorText(code: string): string {
  return SSO_ERRORS[code] ?? '单点登录失败，请重新登录。 Single sign-on failed: sign in again.';
}
