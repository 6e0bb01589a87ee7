/**
 * French (France) messages of the package's own keys (`clerkMfaElements.*`), and of the
 * Clerk keys the elements use that `@clerk/localizations` leaves untranslated in fr-FR.
 * Built into `clerk-mfa-elements/locales/fr-FR` with Clerk's own messages
 * (`scripts/build-locales.mjs`); `npm test` names any key missing here.
 */
export default {
  'clerkMfaElements.showPassword': 'Afficher le mot de passe',
  'clerkMfaElements.busy': 'Veuillez patienter…',
  'clerkMfaElements.codeSentTo': 'Nous avons envoyé un code à {{identifier}}.',
  'clerkMfaElements.resendIn': 'Renvoyer le code dans {{duration}}',
  'clerkMfaElements.tryAgainIn': 'Réessayez dans {{duration}}',
  'signIn.protectCheck.retryButton': 'Réessayer',
  'clerkMfaElements.unsupported.needs_first_factor':
    'Ce compte nécessite un autre moyen de connexion, que ce formulaire ne propose pas.',
  'clerkMfaElements.unsupported.needs_protect_check':
    'Clerk demande une vérification de sécurité supplémentaire que ce formulaire ne peut pas afficher. Veuillez réessayer plus tard.',
  'clerkMfaElements.unsupported.session_task':
    'Votre compte demande une autre étape (« {{task}} ») que ce formulaire ne peut pas faire. Déconnectez-vous, puis terminez-la là où votre application le propose.',
  'clerkMfaElements.unsupported.other':
    'La connexion ne peut pas se poursuivre ici (statut « {{status}} »). Revenez en arrière et réessayez.',
  'unstable__errors.form_password_compromised__sign_in':
    'Votre mot de passe est peut-être compromis. Réinitialisez votre mot de passe pour vous connecter.',
  'clerkMfaElements.errors.verification_expired': 'Ce code a expiré. Demandez-en un nouveau.',
  'clerkMfaElements.errors.verification_expired__sign_in':
    'Votre connexion a expiré. Saisissez à nouveau votre mot de passe.',
  'clerkMfaElements.errors.verification_failed':
    'Trop de tentatives infructueuses. Demandez un nouveau code.',
  'clerkMfaElements.errors.verification_failed__sign_in':
    'Trop de tentatives infructueuses. Saisissez à nouveau votre mot de passe pour recommencer la connexion.',
  'clerkMfaElements.errors.too_many_requests':
    'Trop de requêtes. Veuillez patienter avant de réessayer.',
  'clerkMfaElements.errors.verification_code_too_many_requests':
    'Trop de codes demandés. Utilisez le code déjà envoyé, ou patientez avant d’en demander un autre.',
  'clerkMfaElements.errors.user_locked':
    'Votre compte est verrouillé après trop de tentatives infructueuses.',
  'clerkMfaElements.errors.user_locked__until':
    'Votre compte est verrouillé après trop de tentatives infructueuses. Vous pourrez réessayer dans {{duration}}.',
  'clerkMfaElements.errors.client_state_invalid':
    'Cette connexion ne peut plus se poursuivre. Saisissez à nouveau votre mot de passe pour recommencer.',
  'clerkMfaElements.errors.sign_in_identification_or_user_deleted':
    'Ce compte a changé pendant votre connexion. Veuillez recommencer.',
  'clerkMfaElements.errors.strategy_for_user_invalid':
    'Ce moyen de vérification n’est pas disponible pour votre compte. Utilisez une autre méthode.',
  'clerkMfaElements.errors.verification_not_sent':
    'Aucun code n’a encore été envoyé. Demandez d’abord un code.',
  'clerkMfaElements.errors.account_lockout_warning':
    'Ce n’est pas correct. Encore quelques tentatives infructueuses et votre compte sera verrouillé.',
  'clerkMfaElements.errors.user_banned':
    'Ce compte ne peut pas se connecter. Contactez l’assistance pour obtenir de l’aide.',
  'unstable__errors.action_blocked':
    'Cette action n’a pas pu être effectuée. Veuillez réessayer plus tard ou contacter l’assistance si le problème persiste.',
  'clerkMfaElements.errors.resource_locked': 'Votre compte traite une autre demande. Réessayez.',
  'clerkMfaElements.errors.identifier_required': 'Saisissez votre adresse e-mail.',
  'clerkMfaElements.errors.password_required': 'Saisissez votre mot de passe.',
  'clerkMfaElements.errors.code_required': 'Saisissez le code.',
  'clerkMfaElements.errors.code_length': 'Le code comporte 6 chiffres. Vérifiez-le et réessayez.',
  'clerkMfaElements.errors.backup_code_format':
    'Un code de récupération ne contient que des lettres et des chiffres. Vérifiez-le et réessayez.',
  'clerkMfaElements.errors.service_unavailable':
    'Le service de connexion est indisponible pour le moment. Réessayez dans un instant.',
  'clerkMfaElements.errors.network_error':
    'Impossible de joindre le service de connexion. Vérifiez votre accès à Internet et réessayez.',
  'clerkMfaElements.errors.clerk_load_failed':
    'Le formulaire de connexion n’a pas pu être chargé. Vérifiez votre accès à Internet et réessayez.',
  'clerkMfaElements.errors.no_supported_factor':
    'Ce compte n’a aucun second facteur utilisable avec ce formulaire.',
  'clerkMfaElements.errors.unknown_error': 'Une erreur s’est produite. Veuillez réessayer.',
  'clerkMfaElements.errors.form_password_length_too_short':
    'Votre mot de passe est trop court. Il doit contenir au moins {{length}} caractères.',
  'clerkMfaElements.errors.reset_unavailable':
    'Ce compte ne peut pas réinitialiser son mot de passe ici. Contactez l’assistance.',
  'clerkMfaElements.setup.none': 'Aucun second facteur n’est encore configuré.',
  'clerkMfaElements.setup.signedOut': 'Connectez-vous pour gérer la vérification en deux étapes.',
  'clerkMfaElements.setup.qrCode': 'QR code à scanner avec votre application d’authentification',
  'clerkMfaElements.setup.secretLabel': 'Clé',
  'clerkMfaElements.setup.copySecret': 'Copier la clé',
  'clerkMfaElements.setup.phoneHint': 'Avec l’indicatif du pays, par exemple +33 6 12 34 56 78.',
  'clerkMfaElements.setup.backupCodesShownOnce':
    'Ils ne sont affichés que maintenant : copiez-les ou téléchargez-les avant de continuer.',
  'clerkMfaElements.setup.backupCodesFile':
    'Codes de récupération pour {{applicationName}}. Chaque code ne peut servir qu’une fois.',
  'clerkMfaElements.setup.errors.no_allowed_factor':
    'Cette application ne propose aucun second facteur configurable ici.',
  'clerkMfaElements.setup.errors.phone_required': 'Saisissez votre numéro de téléphone.',
  'clerkMfaElements.setup.errors.form_identifier_exists':
    'Ce numéro de téléphone est déjà utilisé. Essayez-en un autre.',
  'taskSetupMfa.start.title': 'Configurer la vérification en deux étapes',
  'taskSetupMfa.start.subtitle':
    'Choisissez la méthode que vous préférez pour protéger votre compte par une couche de sécurité supplémentaire',
  'taskSetupMfa.start.methodSelection.totp': 'Application d’authentification',
  'taskSetupMfa.start.methodSelection.phoneCode': 'Code SMS',
} satisfies Readonly<Record<string, string>>;
