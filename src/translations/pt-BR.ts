/**
 * Portuguese (Brazil) messages of the package's own keys (`clerkMfaElements.*`), and of the
 * Clerk keys the elements use that `@clerk/localizations` leaves untranslated in pt-BR.
 * Built into `clerk-mfa-elements/locales/pt-BR` with Clerk's own messages
 * (`scripts/build-locales.mjs`); `npm test` names any key missing here.
 */
export default {
  'clerkMfaElements.showPassword': 'Mostrar senha',
  'clerkMfaElements.busy': 'Aguarde…',
  'clerkMfaElements.codeSentTo': 'Enviamos um código para {{identifier}}.',
  'clerkMfaElements.resendIn': 'Reenviar código em {{duration}}',
  'clerkMfaElements.tryAgainIn': 'Tente novamente em {{duration}}',
  'signIn.protectCheck.retryButton': 'Tentar novamente',
  'clerkMfaElements.unsupported.needs_first_factor':
    'Esta conta precisa de outra forma de entrar, que este formulário não oferece.',
  'clerkMfaElements.unsupported.needs_protect_check':
    'O Clerk precisa de uma verificação de segurança adicional que este formulário não consegue exibir. Tente novamente mais tarde.',
  'clerkMfaElements.unsupported.session_task':
    'Sua conta precisa de outra etapa (“{{task}}”) que este formulário não consegue fazer. Saia e conclua-a onde seu aplicativo oferecer.',
  'clerkMfaElements.unsupported.other':
    'Não é possível continuar o login aqui (status “{{status}}”). Volte e tente novamente.',
  'unstable__errors.form_password_compromised__sign_in':
    'Sua senha pode estar comprometida. Redefina sua senha para entrar.',
  'clerkMfaElements.errors.verification_expired': 'Este código expirou. Solicite um novo.',
  'clerkMfaElements.errors.verification_expired__sign_in':
    'Seu login expirou. Digite sua senha novamente.',
  'clerkMfaElements.errors.verification_failed':
    'Muitas tentativas sem sucesso. Solicite um novo código.',
  'clerkMfaElements.errors.verification_failed__sign_in':
    'Muitas tentativas sem sucesso. Digite sua senha novamente para reiniciar o login.',
  'clerkMfaElements.errors.too_many_requests':
    'Muitas solicitações. Aguarde antes de tentar novamente.',
  'clerkMfaElements.errors.verification_code_too_many_requests':
    'Muitos códigos solicitados. Use o código já enviado ou aguarde antes de pedir outro.',
  'clerkMfaElements.errors.user_locked':
    'Sua conta foi bloqueada após muitas tentativas sem sucesso.',
  'clerkMfaElements.errors.user_locked__until':
    'Sua conta foi bloqueada após muitas tentativas sem sucesso. Você poderá tentar novamente em {{duration}}.',
  'clerkMfaElements.errors.client_state_invalid':
    'Este login não pode mais continuar. Digite sua senha novamente para recomeçar.',
  'clerkMfaElements.errors.sign_in_identification_or_user_deleted':
    'Esta conta foi alterada enquanto você entrava. Comece de novo.',
  'clerkMfaElements.errors.strategy_for_user_invalid':
    'Esta forma de verificação não está disponível para sua conta. Use outro método.',
  'clerkMfaElements.errors.verification_not_sent':
    'Nenhum código foi enviado ainda. Solicite um código primeiro.',
  'clerkMfaElements.errors.account_lockout_warning':
    'Não está correto. Mais algumas tentativas sem sucesso vão bloquear sua conta.',
  'clerkMfaElements.errors.user_banned':
    'Esta conta não pode entrar. Entre em contato com o suporte.',
  'unstable__errors.action_blocked':
    'Não foi possível concluir esta ação. Tente novamente mais tarde ou entre em contato com o suporte se o problema persistir.',
  'clerkMfaElements.errors.resource_locked':
    'Sua conta está ocupada com outra solicitação. Tente novamente.',
  'clerkMfaElements.errors.identifier_required': 'Digite seu endereço de e-mail.',
  'clerkMfaElements.errors.password_required': 'Digite sua senha.',
  'clerkMfaElements.errors.code_required': 'Digite o código.',
  'clerkMfaElements.errors.code_length': 'O código tem 6 dígitos. Confira e tente novamente.',
  'clerkMfaElements.errors.backup_code_format':
    'Um código de backup tem apenas letras e dígitos. Confira e tente novamente.',
  'clerkMfaElements.errors.service_unavailable':
    'O serviço de login está indisponível no momento. Tente novamente em instantes.',
  'clerkMfaElements.errors.network_error':
    'Não foi possível acessar o serviço de login. Verifique sua conexão e tente novamente.',
  'clerkMfaElements.errors.clerk_load_failed':
    'Não foi possível carregar o login. Verifique sua conexão e tente novamente.',
  'clerkMfaElements.errors.no_supported_factor':
    'Esta conta não tem um segundo fator que este formulário possa usar.',
  'clerkMfaElements.errors.unknown_error': 'Algo deu errado. Tente novamente.',
  'clerkMfaElements.errors.form_password_length_too_short':
    'Sua senha é muito curta. Ela deve ter pelo menos {{length}} caracteres.',
  'clerkMfaElements.errors.reset_unavailable':
    'Esta conta não pode redefinir a senha aqui. Entre em contato com o suporte.',
  'clerkMfaElements.setup.none': 'Nenhum segundo fator foi configurado ainda.',
  'clerkMfaElements.setup.signedOut': 'Entre para gerenciar a verificação em duas etapas.',
  'clerkMfaElements.setup.qrCode': 'QR code para escanear com seu aplicativo autenticador',
  'clerkMfaElements.setup.secretLabel': 'Chave',
  'clerkMfaElements.setup.copySecret': 'Copiar chave',
  'clerkMfaElements.setup.phoneHint': 'Com o código do país, por exemplo +55 11 91234 5678.',
  'clerkMfaElements.setup.backupCodesShownOnce':
    'Eles são mostrados só agora: copie ou baixe antes de continuar.',
  'clerkMfaElements.setup.backupCodesFile':
    'Códigos de backup de {{applicationName}}. Cada código pode ser usado uma vez.',
  'clerkMfaElements.setup.errors.no_allowed_factor':
    'Este aplicativo não oferece nenhum segundo fator que possa ser configurado aqui.',
  'clerkMfaElements.setup.errors.phone_required': 'Digite seu número de telefone.',
  'clerkMfaElements.setup.errors.form_identifier_exists':
    'Este número de telefone já está em uso. Tente outro.',
  'taskSetupMfa.start.title': 'Configurar a verificação em duas etapas',
  'taskSetupMfa.start.subtitle':
    'Escolha o método que prefere para proteger sua conta com uma camada extra de segurança',
  'taskSetupMfa.start.methodSelection.totp': 'Aplicativo autenticador',
  'taskSetupMfa.start.methodSelection.phoneCode': 'Código por SMS',
  'userProfile.backupCodePage.actionLabel__download': 'Baixar .txt',
} satisfies Readonly<Record<string, string>>;
