/**
 * Chinese (Simplified, China) messages of the package's own keys (`clerkMfaElements.*`), and of the
 * Clerk keys the elements use that `@clerk/localizations` leaves untranslated in zh-CN.
 * Built into `clerk-mfa-elements/locales/zh-CN` with Clerk's own messages
 * (`scripts/build-locales.mjs`); `npm test` names any key missing here.
 */
export default {
  'clerkMfaElements.showPassword': '显示密码',
  'clerkMfaElements.busy': '请稍候…',
  'clerkMfaElements.codeSentTo': '我们已将验证码发送至 {{identifier}}。',
  'clerkMfaElements.resendIn': '{{duration}}后可重新发送验证码',
  'clerkMfaElements.tryAgainIn': '{{duration}}后重试',
  'signIn.protectCheck.retryButton': '重试',
  'clerkMfaElements.unsupported.needs_first_factor': '此账户需要使用本表单不支持的其他方式登录。',
  'clerkMfaElements.unsupported.needs_protect_check':
    'Clerk 需要进行额外的安全检查，但本表单无法显示。请稍后重试。',
  'clerkMfaElements.unsupported.session_task':
    '您的账户还需要一个本表单无法完成的步骤（“{{task}}”）。请退出登录，然后在您的应用提供的位置完成该步骤。',
  'clerkMfaElements.unsupported.other': '无法在此继续登录（状态：“{{status}}”）。请返回后重试。',
  'unstable__errors.form_password_incorrect': '密码错误。请重试，或使用其他方式。',
  'unstable__errors.form_param_nil': '此字段为必填项。',
  'unstable__errors.form_param_format_invalid': '此值无效。请检查后重试。',
  'unstable__errors.form_password_pwned__sign_in':
    '此密码已在数据泄露中出现，无法使用。请重置您的密码。',
  'unstable__errors.form_password_compromised__sign_in': '您的密码可能已泄露。请重置密码后登录。',
  'unstable__errors.form_code_incorrect': '验证码错误。请重试。',
  'clerkMfaElements.errors.verification_expired': '此验证码已过期。请重新获取。',
  'clerkMfaElements.errors.verification_expired__sign_in': '您的登录已过期。请重新输入密码。',
  'clerkMfaElements.errors.verification_failed': '失败次数过多。请重新获取验证码。',
  'clerkMfaElements.errors.verification_failed__sign_in':
    '失败次数过多。请重新输入密码以重新开始登录。',
  'clerkMfaElements.errors.too_many_requests': '请求过于频繁。请稍候再试。',
  'clerkMfaElements.errors.verification_code_too_many_requests':
    '请求验证码的次数过多。请使用已发送的验证码，或稍候再重新获取。',
  'clerkMfaElements.errors.user_locked': '由于失败次数过多，您的账户已被锁定。',
  'clerkMfaElements.errors.user_locked__until':
    '由于失败次数过多，您的账户已被锁定。您可以在{{duration}}后重试。',
  'clerkMfaElements.errors.client_state_invalid': '此次登录已无法继续。请重新输入密码以重新开始。',
  'clerkMfaElements.errors.sign_in_identification_or_user_deleted':
    '此账户在您登录期间发生了变化。请重新开始。',
  'clerkMfaElements.errors.strategy_for_user_invalid':
    '您的账户无法使用此验证方式。请使用其他方式。',
  'clerkMfaElements.errors.verification_not_sent': '尚未发送验证码。请先获取验证码。',
  'clerkMfaElements.errors.account_lockout_warning': '输入不正确。再失败几次，您的账户将被锁定。',
  'clerkMfaElements.errors.user_banned': '此账户无法登录。请联系支持人员获取帮助。',
  'unstable__errors.action_blocked':
    '无法完成此操作。请稍后重试；如果问题仍然存在，请联系支持人员。',
  'clerkMfaElements.errors.resource_locked': '您的账户正在处理另一个请求。请重试。',
  'clerkMfaElements.errors.identifier_required': '请输入您的电子邮件地址。',
  'clerkMfaElements.errors.password_required': '请输入您的密码。',
  'clerkMfaElements.errors.code_required': '请输入验证码。',
  'clerkMfaElements.errors.code_length': '验证码为 6 位数字。请检查后重试。',
  'clerkMfaElements.errors.backup_code_format': '备用代码只包含字母和数字。请检查后重试。',
  'clerkMfaElements.errors.service_unavailable': '登录服务暂时不可用。请稍后重试。',
  'clerkMfaElements.errors.network_error': '无法连接到登录服务。请检查网络连接后重试。',
  'clerkMfaElements.errors.clerk_load_failed': '无法加载登录表单。请检查网络连接后重试。',
  'clerkMfaElements.errors.no_supported_factor': '此账户没有本表单可用的第二验证因素。',
  'clerkMfaElements.errors.unknown_error': '出现问题。请重试。',
  'clerkMfaElements.errors.form_password_length_too_short':
    '密码太短。至少需要 {{length}} 个字符。',
  'clerkMfaElements.errors.reset_unavailable': '此账户无法在此重置密码。请联系支持人员。',
  'clerkMfaElements.setup.none': '尚未设置任何第二重验证方式。',
  'clerkMfaElements.setup.signedOut': '请登录以管理两步验证。',
  'clerkMfaElements.setup.qrCode': '用身份验证器应用扫描的二维码',
  'clerkMfaElements.setup.secretLabel': '密钥',
  'clerkMfaElements.setup.copySecret': '复制密钥',
  'clerkMfaElements.setup.phoneHint': '请包含国家/地区代码，例如 +86 131 2345 6789。',
  'clerkMfaElements.setup.backupCodesShownOnce': '它们只在此时显示：请在继续之前复制或下载。',
  'clerkMfaElements.setup.backupCodesFile':
    '{{applicationName}} 的备用验证码。每个验证码只能使用一次。',
  'clerkMfaElements.setup.errors.no_allowed_factor': '此应用没有可以在这里设置的第二重验证方式。',
  'clerkMfaElements.setup.errors.phone_required': '请输入您的电话号码。',
  'clerkMfaElements.setup.errors.form_identifier_exists': '此电话号码已被使用。请尝试其他号码。',
  'taskSetupMfa.start.title': '设置两步验证',
  'taskSetupMfa.start.subtitle': '选择您希望用来为账户增加一层安全保护的方式',
  'taskSetupMfa.start.methodSelection.totp': '身份验证器应用',
  'taskSetupMfa.start.methodSelection.phoneCode': '短信验证码',
  'reverification.password.title': '需要验证',
  'reverification.password.subtitle': '请输入当前密码以继续',
  'reverification.totpMfa.subtitle': '请输入身份验证器应用生成的验证码以继续',
  'reverification.phoneCodeMfa.subtitle': '请输入发送到您手机的验证码以继续',
  'reverification.backupCodeMfa.subtitle': '请输入设置两步验证时获得的备用验证码',
  'reverification.alternativeMethods.blockButton__totp': '使用身份验证器应用',
  'reverification.alternativeMethods.blockButton__backupCode': '使用备用验证码',
  'reverification.alternativeMethods.blockButton__phoneCode': '向 {{identifier}} 发送短信验证码',
  'reverification.noAvailableMethods.message': '无法继续验证：没有配置合适的验证方式',
} satisfies Readonly<Record<string, string>>;
