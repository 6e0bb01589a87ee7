/**
 * Korean (South Korea) messages of the package's own keys (`clerkMfaElements.*`), and of the
 * Clerk keys the elements use that `@clerk/localizations` leaves untranslated in ko-KR.
 * Built into `clerk-mfa-elements/locales/ko-KR` with Clerk's own messages
 * (`scripts/build-locales.mjs`); `npm test` names any key missing here.
 */
export default {
  'clerkMfaElements.showPassword': '비밀번호 표시',
  'clerkMfaElements.busy': '잠시 기다려 주세요…',
  'clerkMfaElements.codeSentTo': '{{identifier}}(으)로 코드를 보냈어요.',
  'clerkMfaElements.resendIn': '{{duration}} 후에 코드 다시 보내기',
  'clerkMfaElements.tryAgainIn': '{{duration}} 후에 다시 시도',
  'signIn.protectCheck.retryButton': '다시 시도',
  'clerkMfaElements.unsupported.needs_first_factor':
    '이 계정은 이 양식에서 제공하지 않는 다른 로그인 방법이 필요해요.',
  'clerkMfaElements.unsupported.needs_protect_check':
    'Clerk에서 이 양식이 표시할 수 없는 추가 보안 확인을 요구해요. 나중에 다시 시도하세요.',
  'clerkMfaElements.unsupported.session_task':
    '계정에 이 양식에서 처리할 수 없는 추가 단계(“{{task}}”)가 필요합니다. 로그아웃한 뒤 애플리케이션이 제공하는 곳에서 완료하세요.',
  'clerkMfaElements.unsupported.other':
    '여기서는 로그인을 계속할 수 없어요(상태: {{status}}). 뒤로 돌아가 다시 시도하세요.',
  'unstable__errors.form_password_incorrect':
    '비밀번호가 올바르지 않아요. 다시 시도하거나 다른 방법을 사용하세요.',
  'unstable__errors.form_param_nil': '필수 입력 항목이에요.',
  'unstable__errors.form_param_format_invalid': '올바른 값이 아니에요. 확인한 후 다시 시도하세요.',
  'unstable__errors.form_password_compromised__sign_in':
    '비밀번호가 유출되었을 수 있어요. 로그인하려면 비밀번호를 재설정하세요.',
  'unstable__errors.form_code_incorrect': '코드가 올바르지 않아요. 다시 시도하세요.',
  'clerkMfaElements.errors.verification_expired': '이 코드는 만료되었어요. 새 코드를 요청하세요.',
  'clerkMfaElements.errors.verification_expired__sign_in':
    '로그인이 만료되었어요. 비밀번호를 다시 입력하세요.',
  'clerkMfaElements.errors.verification_failed': '실패한 시도가 너무 많아요. 새 코드를 요청하세요.',
  'clerkMfaElements.errors.verification_failed__sign_in':
    '실패한 시도가 너무 많아요. 비밀번호를 다시 입력해 로그인을 처음부터 시작하세요.',
  'clerkMfaElements.errors.too_many_requests': '요청이 너무 많아요. 잠시 후 다시 시도하세요.',
  'clerkMfaElements.errors.verification_code_too_many_requests':
    '코드를 너무 많이 요청했어요. 이미 받은 코드를 사용하거나 잠시 후 다시 요청하세요.',
  'clerkMfaElements.errors.user_locked': '실패한 시도가 너무 많아 계정이 잠겼어요.',
  'clerkMfaElements.errors.user_locked__until':
    '실패한 시도가 너무 많아 계정이 잠겼어요. {{duration}} 후에 다시 시도할 수 있어요.',
  'clerkMfaElements.errors.client_state_invalid':
    '이 로그인은 더 이상 계속할 수 없어요. 비밀번호를 다시 입력해 처음부터 시작하세요.',
  'clerkMfaElements.errors.sign_in_identification_or_user_deleted':
    '로그인하는 동안 이 계정이 변경되었어요. 처음부터 다시 시작하세요.',
  'clerkMfaElements.errors.strategy_for_user_invalid':
    '이 인증 방법은 계정에서 사용할 수 없어요. 다른 방법을 사용하세요.',
  'clerkMfaElements.errors.verification_not_sent':
    '아직 코드를 보내지 않았어요. 먼저 코드를 요청하세요.',
  'clerkMfaElements.errors.account_lockout_warning':
    '올바르지 않아요. 몇 번 더 실패하면 계정이 잠겨요.',
  'clerkMfaElements.errors.user_banned':
    '이 계정으로는 로그인할 수 없어요. 고객 지원에 문의하세요.',
  'unstable__errors.action_blocked':
    '이 작업을 완료할 수 없어요. 나중에 다시 시도하거나, 문제가 계속되면 고객 지원에 문의하세요.',
  'clerkMfaElements.errors.resource_locked':
    '계정이 다른 요청을 처리하는 중이에요. 다시 시도하세요.',
  'clerkMfaElements.errors.identifier_required': '이메일 주소를 입력하세요.',
  'clerkMfaElements.errors.password_required': '비밀번호를 입력하세요.',
  'clerkMfaElements.errors.code_required': '코드를 입력하세요.',
  'clerkMfaElements.errors.code_length': '코드는 6자리예요. 확인한 후 다시 시도하세요.',
  'clerkMfaElements.errors.backup_code_format':
    '백업 코드는 문자와 숫자로만 이루어져 있어요. 확인한 후 다시 시도하세요.',
  'clerkMfaElements.errors.service_unavailable':
    '지금은 로그인 서비스를 사용할 수 없어요. 잠시 후 다시 시도하세요.',
  'clerkMfaElements.errors.network_error':
    '로그인 서비스에 연결할 수 없어요. 인터넷 연결을 확인한 후 다시 시도하세요.',
  'clerkMfaElements.errors.clerk_load_failed':
    '로그인을 불러올 수 없어요. 인터넷 연결을 확인한 후 다시 시도하세요.',
  'clerkMfaElements.errors.no_supported_factor':
    '이 계정에는 이 양식에서 사용할 수 있는 2단계 인증 수단이 없어요.',
  'clerkMfaElements.errors.unknown_error': '문제가 발생했어요. 다시 시도하세요.',
  'clerkMfaElements.errors.form_password_length_too_short':
    '비밀번호가 너무 짧습니다. {{length}}자 이상이어야 합니다.',
  'clerkMfaElements.errors.reset_unavailable':
    '이 계정은 여기에서 비밀번호를 재설정할 수 없습니다. 지원팀에 문의하세요.',
  'clerkMfaElements.setup.none': '아직 설정된 2단계 인증 수단이 없습니다.',
  'clerkMfaElements.setup.signedOut': '2단계 인증을 관리하려면 로그인하세요.',
  'clerkMfaElements.setup.qrCode': '인증 앱으로 스캔할 QR 코드',
  'clerkMfaElements.setup.secretLabel': '키',
  'clerkMfaElements.setup.copySecret': '키 복사',
  'clerkMfaElements.setup.phoneHint': '국가 번호를 포함해 입력하세요(예: +82 10 1234 5678).',
  'clerkMfaElements.setup.backupCodesShownOnce':
    '지금만 표시됩니다. 계속하기 전에 복사하거나 다운로드하세요.',
  'clerkMfaElements.setup.backupCodesFile':
    '{{applicationName}}의 백업 코드입니다. 각 코드는 한 번만 사용할 수 있습니다.',
  'clerkMfaElements.setup.errors.no_allowed_factor':
    '이 애플리케이션에는 여기에서 설정할 수 있는 2단계 인증 수단이 없습니다.',
  'clerkMfaElements.setup.errors.phone_required': '전화번호를 입력하세요.',
  'clerkMfaElements.setup.errors.form_identifier_exists':
    '이미 사용 중인 전화번호입니다. 다른 번호를 입력하세요.',
  'taskSetupMfa.start.title': '2단계 인증 설정',
  'taskSetupMfa.start.subtitle': '추가 보안 계층으로 계정을 보호할 방법을 선택하세요',
  'taskSetupMfa.start.methodSelection.totp': '인증 앱',
  'taskSetupMfa.start.methodSelection.phoneCode': 'SMS 코드',
} satisfies Readonly<Record<string, string>>;
