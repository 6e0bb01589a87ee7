/**
 * Japanese (Japan) messages of the package's own keys (`clerkMfaElements.*`), and of the
 * Clerk keys the elements use that `@clerk/localizations` leaves untranslated in ja-JP.
 * Built into `clerk-mfa-elements/locales/ja-JP` with Clerk's own messages
 * (`scripts/build-locales.mjs`); `npm test` names any key missing here.
 */
export default {
  'clerkMfaElements.showPassword': 'パスワードを表示',
  'clerkMfaElements.busy': 'お待ちください…',
  'clerkMfaElements.codeSentTo': '{{identifier}} にコードを送信しました。',
  'clerkMfaElements.resendIn': '{{duration}}後にコードを再送信できます',
  'clerkMfaElements.tryAgainIn': '{{duration}}後に再試行できます',
  'signIn.protectCheck.retryButton': '再試行',
  'clerkMfaElements.unsupported.needs_first_factor':
    'このアカウントには、このフォームでは利用できない別のサインイン方法が必要です。',
  'clerkMfaElements.unsupported.needs_protect_check':
    'Clerk が追加のセキュリティチェックを求めていますが、このフォームでは表示できません。しばらくしてからもう一度お試しください。',
  'clerkMfaElements.unsupported.session_task':
    'アカウントには、このフォームでは行えない別の手順（「{{task}}」）が必要です。サインアウトしてから、アプリケーションが用意している場所で完了してください。',
  'clerkMfaElements.unsupported.other':
    'ここではサインインを続行できません（ステータス「{{status}}」）。戻ってもう一度お試しください。',
  'clerkMfaElements.errors.verification_expired':
    'このコードは有効期限が切れています。新しいコードをリクエストしてください。',
  'clerkMfaElements.errors.verification_expired__sign_in':
    'サインインの有効期限が切れました。パスワードをもう一度入力してください。',
  'clerkMfaElements.errors.verification_failed':
    '失敗した試行が多すぎます。新しいコードをリクエストしてください。',
  'clerkMfaElements.errors.verification_failed__sign_in':
    '失敗した試行が多すぎます。パスワードをもう一度入力して、サインインをやり直してください。',
  'clerkMfaElements.errors.too_many_requests':
    'リクエストが多すぎます。しばらく待ってからもう一度お試しください。',
  'clerkMfaElements.errors.verification_code_too_many_requests':
    'コードのリクエストが多すぎます。送信済みのコードを使用するか、しばらく待ってから再度リクエストしてください。',
  'clerkMfaElements.errors.user_locked':
    '失敗した試行が多すぎるため、アカウントがロックされました。',
  'clerkMfaElements.errors.user_locked__until':
    '失敗した試行が多すぎるため、アカウントがロックされました。{{duration}}後に再試行できます。',
  'clerkMfaElements.errors.client_state_invalid':
    'このサインインは続行できなくなりました。パスワードをもう一度入力して、最初からやり直してください。',
  'clerkMfaElements.errors.sign_in_identification_or_user_deleted':
    'サインイン中にこのアカウントが変更されました。最初からやり直してください。',
  'clerkMfaElements.errors.strategy_for_user_invalid':
    'この確認方法はお使いのアカウントでは利用できません。別の方法を使用してください。',
  'clerkMfaElements.errors.verification_not_sent':
    'まだコードが送信されていません。先にコードをリクエストしてください。',
  'clerkMfaElements.errors.account_lockout_warning':
    '正しくありません。あと数回失敗するとアカウントがロックされます。',
  'clerkMfaElements.errors.user_banned':
    'このアカウントではサインインできません。サポートにお問い合わせください。',
  'unstable__errors.action_blocked':
    'この操作を完了できませんでした。しばらくしてからもう一度お試しいただき、問題が続く場合はサポートにお問い合わせください。',
  'clerkMfaElements.errors.resource_locked':
    'アカウントは別のリクエストを処理中です。もう一度お試しください。',
  'clerkMfaElements.errors.identifier_required': 'メールアドレスを入力してください。',
  'clerkMfaElements.errors.password_required': 'パスワードを入力してください。',
  'clerkMfaElements.errors.code_required': 'コードを入力してください。',
  'clerkMfaElements.errors.code_length': 'コードは6桁です。確認してもう一度お試しください。',
  'clerkMfaElements.errors.backup_code_format':
    'バックアップコードは英字と数字のみで構成されています。確認してもう一度お試しください。',
  'clerkMfaElements.errors.service_unavailable':
    'サインインサービスは現在利用できません。しばらくしてからもう一度お試しください。',
  'clerkMfaElements.errors.network_error':
    'サインインサービスに接続できませんでした。接続を確認して、もう一度お試しください。',
  'clerkMfaElements.errors.clerk_load_failed':
    'サインインを読み込めませんでした。接続を確認して、もう一度お試しください。',
  'clerkMfaElements.errors.no_supported_factor':
    'このアカウントには、このフォームで使用できる2段階認証の方法がありません。',
  'clerkMfaElements.errors.unknown_error': '問題が発生しました。もう一度お試しください。',
  'clerkMfaElements.errors.form_password_length_too_short':
    'パスワードが短すぎます。{{length}} 文字以上にしてください。',
  'clerkMfaElements.errors.reset_unavailable':
    'このアカウントはここでパスワードを再設定できません。サポートにお問い合わせください。',
  'clerkMfaElements.setup.none': '2段階認証はまだ設定されていません。',
  'clerkMfaElements.setup.signedOut': '2段階認証を管理するにはサインインしてください。',
  'clerkMfaElements.setup.qrCode': '認証アプリでスキャンする QR コード',
  'clerkMfaElements.setup.secretLabel': 'キー',
  'clerkMfaElements.setup.copySecret': 'キーをコピー',
  'clerkMfaElements.setup.phoneHint': '国番号を付けて入力してください（例: +81 90 1234 5678）。',
  'clerkMfaElements.setup.backupCodesShownOnce':
    '表示されるのは今回だけです。続行する前にコピーまたはダウンロードしてください。',
  'clerkMfaElements.setup.backupCodesFile':
    '{{applicationName}} のバックアップコード。各コードは1回だけ使用できます。',
  'clerkMfaElements.setup.errors.no_allowed_factor':
    'このアプリケーションには、ここで設定できる第2要素がありません。',
  'clerkMfaElements.setup.errors.phone_required': '電話番号を入力してください。',
  'clerkMfaElements.setup.errors.form_identifier_exists':
    'この電話番号はすでに使用されています。別の番号をお試しください。',
} satisfies Readonly<Record<string, string>>;
