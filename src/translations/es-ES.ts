/**
 * Spanish (Spain) messages of the package's own keys (`clerkMfaElements.*`), and of the
 * Clerk keys the elements use that `@clerk/localizations` leaves untranslated in es-ES.
 * Built into `clerk-mfa-elements/locales/es-ES` with Clerk's own messages
 * (`scripts/build-locales.mjs`); `npm test` names any key missing here.
 */
export default {
  'clerkMfaElements.showPassword': 'Mostrar contraseña',
  'clerkMfaElements.busy': 'Espera un momento…',
  'clerkMfaElements.codeSentTo': 'Hemos enviado un código a {{identifier}}.',
  'clerkMfaElements.resendIn': 'Reenviar el código en {{duration}}',
  'clerkMfaElements.tryAgainIn': 'Vuelve a intentarlo en {{duration}}',
  'signIn.protectCheck.retryButton': 'Reintentar',
  'clerkMfaElements.unsupported.needs_first_factor':
    'Esta cuenta necesita otra forma de iniciar sesión que este formulario no ofrece.',
  'clerkMfaElements.unsupported.needs_protect_check':
    'Clerk necesita una comprobación de seguridad adicional que este formulario no puede mostrar. Vuelve a intentarlo más tarde.',
  'clerkMfaElements.unsupported.session_task':
    'Tu cuenta necesita otro paso («{{task}}») que este formulario no puede realizar. Cierra la sesión y complétalo donde tu aplicación lo ofrezca.',
  'clerkMfaElements.unsupported.other':
    'El inicio de sesión no puede continuar aquí (estado «{{status}}»). Vuelve atrás e inténtalo de nuevo.',
  'unstable__errors.form_password_compromised__sign_in':
    'Es posible que tu contraseña esté comprometida. Restablece tu contraseña para iniciar sesión.',
  'clerkMfaElements.errors.verification_expired': 'Este código ha caducado. Solicita uno nuevo.',
  'clerkMfaElements.errors.verification_expired__sign_in':
    'Tu inicio de sesión ha caducado. Vuelve a introducir tu contraseña.',
  'clerkMfaElements.errors.verification_failed':
    'Demasiados intentos fallidos. Solicita un código nuevo.',
  'clerkMfaElements.errors.verification_failed__sign_in':
    'Demasiados intentos fallidos. Vuelve a introducir tu contraseña para reiniciar el inicio de sesión.',
  'clerkMfaElements.errors.too_many_requests':
    'Demasiadas solicitudes. Espera antes de volver a intentarlo.',
  'clerkMfaElements.errors.verification_code_too_many_requests':
    'Has solicitado demasiados códigos. Usa el código que ya te enviamos o espera antes de pedir otro.',
  'clerkMfaElements.errors.user_locked':
    'Tu cuenta se ha bloqueado tras demasiados intentos fallidos.',
  'clerkMfaElements.errors.user_locked__until':
    'Tu cuenta se ha bloqueado tras demasiados intentos fallidos. Podrás volver a intentarlo en {{duration}}.',
  'clerkMfaElements.errors.client_state_invalid':
    'Este inicio de sesión ya no puede continuar. Vuelve a introducir tu contraseña para empezar de nuevo.',
  'clerkMfaElements.errors.sign_in_identification_or_user_deleted':
    'Esta cuenta ha cambiado mientras iniciabas sesión. Empieza de nuevo.',
  'clerkMfaElements.errors.strategy_for_user_invalid':
    'Este método de verificación no está disponible para tu cuenta. Usa otro método.',
  'clerkMfaElements.errors.verification_not_sent':
    'Aún no se ha enviado ningún código. Solicita primero un código.',
  'clerkMfaElements.errors.account_lockout_warning':
    'No es correcto. Unos pocos intentos fallidos más bloquearán tu cuenta.',
  'clerkMfaElements.errors.user_banned':
    'Esta cuenta no puede iniciar sesión. Ponte en contacto con el servicio de asistencia.',
  'unstable__errors.action_blocked':
    'No se ha podido completar esta acción. Vuelve a intentarlo más tarde o ponte en contacto con el servicio de asistencia si el problema continúa.',
  'clerkMfaElements.errors.resource_locked':
    'Tu cuenta está ocupada con otra solicitud. Vuelve a intentarlo.',
  'clerkMfaElements.errors.identifier_required': 'Introduce tu dirección de correo electrónico.',
  'clerkMfaElements.errors.password_required': 'Introduce tu contraseña.',
  'clerkMfaElements.errors.code_required': 'Introduce el código.',
  'clerkMfaElements.errors.code_length':
    'El código tiene 6 dígitos. Compruébalo y vuelve a intentarlo.',
  'clerkMfaElements.errors.backup_code_format':
    'Un código de seguridad solo contiene letras y dígitos. Compruébalo y vuelve a intentarlo.',
  'clerkMfaElements.errors.service_unavailable':
    'El servicio de inicio de sesión no está disponible en este momento. Vuelve a intentarlo en unos instantes.',
  'clerkMfaElements.errors.network_error':
    'No se ha podido conectar con el servicio de inicio de sesión. Comprueba tu conexión y vuelve a intentarlo.',
  'clerkMfaElements.errors.clerk_load_failed':
    'No se ha podido cargar el inicio de sesión. Comprueba tu conexión y vuelve a intentarlo.',
  'clerkMfaElements.errors.no_supported_factor':
    'Esta cuenta no tiene ningún segundo factor que este formulario pueda usar.',
  'clerkMfaElements.errors.unknown_error': 'Algo ha salido mal. Vuelve a intentarlo.',
  'clerkMfaElements.errors.form_password_length_too_short':
    'Tu contraseña es demasiado corta. Debe tener al menos {{length}} caracteres.',
  'clerkMfaElements.errors.reset_unavailable':
    'Esta cuenta no puede restablecer su contraseña aquí. Contacta con el soporte.',
  'clerkMfaElements.setup.none': 'Todavía no hay ningún segundo factor configurado.',
  'clerkMfaElements.setup.signedOut': 'Inicia sesión para gestionar la verificación en dos pasos.',
  'clerkMfaElements.setup.qrCode': 'Código QR para escanear con tu aplicación de autenticación',
  'clerkMfaElements.setup.secretLabel': 'Clave',
  'clerkMfaElements.setup.copySecret': 'Copiar clave',
  'clerkMfaElements.setup.phoneHint': 'Con el prefijo del país, por ejemplo +34 612 34 56 78.',
  'clerkMfaElements.setup.backupCodesShownOnce':
    'Solo se muestran ahora: cópialos o descárgalos antes de continuar.',
  'clerkMfaElements.setup.backupCodesFile':
    'Códigos de respaldo de {{applicationName}}. Cada código se puede usar una vez.',
  'clerkMfaElements.setup.errors.no_allowed_factor':
    'Esta aplicación no ofrece ningún segundo factor que se pueda configurar aquí.',
  'clerkMfaElements.setup.errors.phone_required': 'Introduce tu número de teléfono.',
  'clerkMfaElements.setup.errors.form_identifier_exists':
    'Este número de teléfono ya está en uso. Prueba con otro.',
  'taskSetupMfa.start.title': 'Configurar la verificación en dos pasos',
  'taskSetupMfa.start.subtitle':
    'Elige el método que prefieras para proteger tu cuenta con una capa extra de seguridad',
  'taskSetupMfa.start.methodSelection.totp': 'Aplicación de autenticación',
  'taskSetupMfa.start.methodSelection.phoneCode': 'Código SMS',
} satisfies Readonly<Record<string, string>>;
