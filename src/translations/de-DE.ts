/**
 * German (Germany) messages of the package's own keys (`clerkMfaElements.*`), and of the
 * Clerk keys the elements use that `@clerk/localizations` leaves untranslated in de-DE.
 * Built into `clerk-mfa-elements/locales/de-DE` with Clerk's own messages
 * (`scripts/build-locales.mjs`); `npm test` names any key missing here.
 */
export default {
  'clerkMfaElements.showPassword': 'Passwort anzeigen',
  'clerkMfaElements.busy': 'Bitte warten…',
  'clerkMfaElements.codeSentTo': 'Wir haben einen Code an {{identifier}} gesendet.',
  'clerkMfaElements.resendIn': 'Code erneut senden in {{duration}}',
  'clerkMfaElements.tryAgainIn': 'Erneut versuchen in {{duration}}',
  'signIn.protectCheck.retryButton': 'Erneut versuchen',
  'clerkMfaElements.unsupported.needs_first_factor':
    'Dieses Konto benötigt eine andere Anmeldemethode, die dieses Formular nicht anbietet.',
  'clerkMfaElements.unsupported.needs_protect_check':
    'Clerk verlangt eine zusätzliche Sicherheitsprüfung, die dieses Formular nicht anzeigen kann. Bitte versuchen Sie es später erneut.',
  'clerkMfaElements.unsupported.session_task':
    'Ihr Konto benötigt einen weiteren Schritt („{{task}}“), den dieses Formular nicht ausführen kann. Melden Sie sich ab und schließen Sie ihn dort ab, wo Ihre Anwendung ihn anbietet.',
  'clerkMfaElements.unsupported.other':
    'Die Anmeldung kann hier nicht fortgesetzt werden (Status „{{status}}“). Gehen Sie zurück und versuchen Sie es erneut.',
  'unstable__errors.form_password_compromised__sign_in':
    'Ihr Passwort ist möglicherweise kompromittiert. Setzen Sie Ihr Passwort zurück, um sich anzumelden.',
  'clerkMfaElements.errors.verification_expired':
    'Dieser Code ist abgelaufen. Fordern Sie einen neuen an.',
  'clerkMfaElements.errors.verification_expired__sign_in':
    'Ihre Anmeldung ist abgelaufen. Geben Sie Ihr Passwort erneut ein.',
  'clerkMfaElements.errors.verification_failed':
    'Zu viele fehlgeschlagene Versuche. Fordern Sie einen neuen Code an.',
  'clerkMfaElements.errors.verification_failed__sign_in':
    'Zu viele fehlgeschlagene Versuche. Geben Sie Ihr Passwort erneut ein, um die Anmeldung neu zu beginnen.',
  'clerkMfaElements.errors.too_many_requests':
    'Zu viele Anfragen. Bitte warten Sie, bevor Sie es erneut versuchen.',
  'clerkMfaElements.errors.verification_code_too_many_requests':
    'Zu viele Codes angefordert. Verwenden Sie den bereits gesendeten Code oder warten Sie, bevor Sie einen weiteren anfordern.',
  'clerkMfaElements.errors.user_locked':
    'Ihr Konto wurde nach zu vielen fehlgeschlagenen Versuchen gesperrt.',
  'clerkMfaElements.errors.user_locked__until':
    'Ihr Konto wurde nach zu vielen fehlgeschlagenen Versuchen gesperrt. Sie können es in {{duration}} erneut versuchen.',
  'clerkMfaElements.errors.client_state_invalid':
    'Diese Anmeldung kann nicht mehr fortgesetzt werden. Geben Sie Ihr Passwort erneut ein, um neu zu beginnen.',
  'clerkMfaElements.errors.sign_in_identification_or_user_deleted':
    'Dieses Konto wurde während Ihrer Anmeldung geändert. Bitte beginnen Sie von vorn.',
  'clerkMfaElements.errors.strategy_for_user_invalid':
    'Diese Bestätigungsmethode ist für Ihr Konto nicht verfügbar. Verwenden Sie eine andere Methode.',
  'clerkMfaElements.errors.verification_not_sent':
    'Es wurde noch kein Code gesendet. Fordern Sie zuerst einen Code an.',
  'clerkMfaElements.errors.account_lockout_warning':
    'Das war nicht richtig. Nach einigen weiteren Fehlversuchen wird Ihr Konto gesperrt.',
  'clerkMfaElements.errors.user_banned':
    'Mit diesem Konto ist keine Anmeldung möglich. Wenden Sie sich an den Support.',
  'unstable__errors.action_blocked':
    'Diese Aktion konnte nicht abgeschlossen werden. Bitte versuchen Sie es später erneut oder wenden Sie sich an den Support, falls das Problem weiterhin besteht.',
  'clerkMfaElements.errors.resource_locked':
    'Für Ihr Konto wird gerade eine andere Anfrage bearbeitet. Versuchen Sie es erneut.',
  'clerkMfaElements.errors.identifier_required': 'Geben Sie Ihre E-Mail-Adresse ein.',
  'clerkMfaElements.errors.password_required': 'Geben Sie Ihr Passwort ein.',
  'clerkMfaElements.errors.code_required': 'Geben Sie den Code ein.',
  'clerkMfaElements.errors.code_length':
    'Der Code hat 6 Ziffern. Prüfen Sie ihn und versuchen Sie es erneut.',
  'clerkMfaElements.errors.backup_code_format':
    'Ein Wiederherstellungscode besteht nur aus Buchstaben und Ziffern. Prüfen Sie ihn und versuchen Sie es erneut.',
  'clerkMfaElements.errors.service_unavailable':
    'Der Anmeldedienst ist gerade nicht verfügbar. Versuchen Sie es gleich noch einmal.',
  'clerkMfaElements.errors.network_error':
    'Der Anmeldedienst ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
  'clerkMfaElements.errors.clerk_load_failed':
    'Die Anmeldung konnte nicht geladen werden. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
  'clerkMfaElements.errors.no_supported_factor':
    'Dieses Konto hat keinen zweiten Faktor, den dieses Formular verwenden kann.',
  'clerkMfaElements.errors.unknown_error':
    'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
  'clerkMfaElements.errors.form_password_length_too_short':
    'Ihr Passwort ist zu kurz. Es muss mindestens {{length}} Zeichen lang sein.',
  'clerkMfaElements.errors.reset_unavailable':
    'Für dieses Konto kann das Passwort hier nicht zurückgesetzt werden. Wenden Sie sich an den Support.',
  'clerkMfaElements.setup.none': 'Es ist noch kein zweiter Faktor eingerichtet.',
  'clerkMfaElements.setup.signedOut':
    'Melden Sie sich an, um die Bestätigung in zwei Schritten zu verwalten.',
  'clerkMfaElements.setup.qrCode': 'QR-Code zum Scannen mit Ihrer Authentifizierungs-App',
  'clerkMfaElements.setup.secretLabel': 'Schlüssel',
  'clerkMfaElements.setup.copySecret': 'Schlüssel kopieren',
  'clerkMfaElements.setup.phoneHint': 'Mit Ländervorwahl, zum Beispiel +49 151 23456789.',
  'clerkMfaElements.setup.backupCodesShownOnce':
    'Sie werden nur jetzt angezeigt: Kopieren oder laden Sie sie herunter, bevor Sie fortfahren.',
  'clerkMfaElements.setup.backupCodesFile':
    'Sicherungscodes für {{applicationName}}. Jeder Code kann einmal verwendet werden.',
  'clerkMfaElements.setup.errors.no_allowed_factor':
    'Diese Anwendung bietet keinen zweiten Faktor an, der hier eingerichtet werden kann.',
  'clerkMfaElements.setup.errors.phone_required': 'Geben Sie Ihre Telefonnummer ein.',
  'clerkMfaElements.setup.errors.form_identifier_exists':
    'Diese Telefonnummer wird bereits verwendet. Versuchen Sie eine andere.',
  'taskSetupMfa.start.title': 'Bestätigung in zwei Schritten einrichten',
  'taskSetupMfa.start.subtitle':
    'Wählen Sie, mit welcher Methode Sie Ihr Konto zusätzlich schützen möchten',
  'taskSetupMfa.start.methodSelection.totp': 'Authentifizierungs-App',
  'taskSetupMfa.start.methodSelection.phoneCode': 'SMS-Code',
} satisfies Readonly<Record<string, string>>;
