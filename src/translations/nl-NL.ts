/**
 * Dutch (Netherlands) messages of the package's own keys (`clerkMfaElements.*`), and of the
 * Clerk keys the elements use that `@clerk/localizations` leaves untranslated in nl-NL.
 * Built into `clerk-mfa-elements/locales/nl-NL` with Clerk's own messages
 * (`scripts/build-locales.mjs`); `npm test` names any key missing here.
 */
export default {
  'clerkMfaElements.showPassword': 'Wachtwoord tonen',
  'clerkMfaElements.busy': 'Even geduld…',
  'signIn.totpMfa.subtitle':
    'Voer om verder te gaan de verificatiecode in die je authenticator-app heeft gegenereerd',
  'signIn.phoneCodeMfa.subtitle':
    'Voer om verder te gaan de verificatiecode in die naar je telefoon is gestuurd',
  'clerkMfaElements.codeSentTo': 'We hebben een code gestuurd naar {{identifier}}.',
  'clerkMfaElements.resendIn': 'Code opnieuw versturen over {{duration}}',
  'clerkMfaElements.tryAgainIn': 'Probeer het opnieuw over {{duration}}',
  'signIn.protectCheck.retryButton': 'Opnieuw proberen',
  'clerkMfaElements.unsupported.needs_first_factor':
    'Dit account heeft een andere manier van aanmelden nodig, die dit formulier niet biedt.',
  'clerkMfaElements.unsupported.needs_protect_check':
    'Clerk vraagt om een extra beveiligingscontrole die dit formulier niet kan tonen. Probeer het later opnieuw.',
  'clerkMfaElements.unsupported.session_task':
    'Je account vraagt om nog een stap (‘{{task}}’) die dit formulier niet kan uitvoeren. Meld je af en rond die af waar je applicatie dat aanbiedt.',
  'clerkMfaElements.unsupported.other':
    'Aanmelden kan hier niet verder (status ‘{{status}}’). Ga terug en probeer het opnieuw.',
  'unstable__errors.form_password_compromised__sign_in':
    'Je wachtwoord is mogelijk gelekt. Stel je wachtwoord opnieuw in om aan te melden.',
  'clerkMfaElements.errors.verification_expired': 'Deze code is verlopen. Vraag een nieuwe aan.',
  'clerkMfaElements.errors.verification_expired__sign_in':
    'Je aanmelding is verlopen. Voer je wachtwoord opnieuw in.',
  'clerkMfaElements.errors.verification_failed':
    'Te veel mislukte pogingen. Vraag een nieuwe code aan.',
  'clerkMfaElements.errors.verification_failed__sign_in':
    'Te veel mislukte pogingen. Voer je wachtwoord opnieuw in om het aanmelden opnieuw te beginnen.',
  'clerkMfaElements.errors.too_many_requests':
    'Te veel verzoeken. Wacht even voordat je het opnieuw probeert.',
  'clerkMfaElements.errors.verification_code_too_many_requests':
    'Te veel codes aangevraagd. Gebruik de code die al is verstuurd, of wacht voordat je een nieuwe aanvraagt.',
  'clerkMfaElements.errors.user_locked': 'Je account is geblokkeerd na te veel mislukte pogingen.',
  'clerkMfaElements.errors.user_locked__until':
    'Je account is geblokkeerd na te veel mislukte pogingen. Je kunt het over {{duration}} opnieuw proberen.',
  'clerkMfaElements.errors.client_state_invalid':
    'Deze aanmelding kan niet meer verder. Voer je wachtwoord opnieuw in om opnieuw te beginnen.',
  'clerkMfaElements.errors.sign_in_identification_or_user_deleted':
    'Dit account is gewijzigd terwijl je je aanmeldde. Begin opnieuw.',
  'clerkMfaElements.errors.strategy_for_user_invalid':
    'Deze verificatiemethode is niet beschikbaar voor je account. Gebruik een andere methode.',
  'clerkMfaElements.errors.verification_not_sent':
    'Er is nog geen code verstuurd. Vraag eerst een code aan.',
  'clerkMfaElements.errors.account_lockout_warning':
    'Dat klopte niet. Na nog een paar mislukte pogingen wordt je account geblokkeerd.',
  'clerkMfaElements.errors.user_banned':
    'Met dit account kun je niet aanmelden. Neem contact op met de ondersteuning.',
  'unstable__errors.action_blocked':
    'Deze actie kon niet worden voltooid. Probeer het later opnieuw of neem contact op met de ondersteuning als het probleem aanhoudt.',
  'clerkMfaElements.errors.resource_locked':
    'Je account is bezig met een ander verzoek. Probeer het opnieuw.',
  'clerkMfaElements.errors.identifier_required': 'Voer je e-mailadres in.',
  'clerkMfaElements.errors.password_required': 'Voer je wachtwoord in.',
  'clerkMfaElements.errors.code_required': 'Voer de code in.',
  'clerkMfaElements.errors.code_length':
    'De code heeft 6 cijfers. Controleer hem en probeer het opnieuw.',
  'clerkMfaElements.errors.backup_code_format':
    'Een backupcode bestaat alleen uit letters en cijfers. Controleer hem en probeer het opnieuw.',
  'clerkMfaElements.errors.service_unavailable':
    'De aanmeldservice is op dit moment niet beschikbaar. Probeer het zo opnieuw.',
  'clerkMfaElements.errors.network_error':
    'De aanmeldservice is niet bereikbaar. Controleer je verbinding en probeer het opnieuw.',
  'clerkMfaElements.errors.clerk_load_failed':
    'Aanmelden kon niet worden geladen. Controleer je verbinding en probeer het opnieuw.',
  'clerkMfaElements.errors.no_supported_factor':
    'Dit account heeft geen tweede factor die dit formulier kan gebruiken.',
  'clerkMfaElements.errors.unknown_error': 'Er is iets misgegaan. Probeer het opnieuw.',
  'clerkMfaElements.errors.form_password_length_too_short':
    'Je wachtwoord is te kort. Het moet minstens {{length}} tekens lang zijn.',
  'clerkMfaElements.errors.reset_unavailable':
    'Voor dit account kan het wachtwoord hier niet opnieuw worden ingesteld. Neem contact op met de ondersteuning.',
  'clerkMfaElements.setup.none': 'Er is nog geen tweede factor ingesteld.',
  'clerkMfaElements.setup.signedOut': 'Log in om verificatie in twee stappen te beheren.',
  'clerkMfaElements.setup.qrCode': 'QR-code om te scannen met je authenticator-app',
  'clerkMfaElements.setup.secretLabel': 'Sleutel',
  'clerkMfaElements.setup.copySecret': 'Sleutel kopiëren',
  'clerkMfaElements.setup.phoneHint': 'Met landcode, bijvoorbeeld +31 6 12345678.',
  'clerkMfaElements.setup.backupCodesShownOnce':
    'Ze worden alleen nu getoond: kopieer of download ze voordat je verdergaat.',
  'clerkMfaElements.setup.backupCodesFile':
    'Back-upcodes voor {{applicationName}}. Elke code kan één keer worden gebruikt.',
  'clerkMfaElements.setup.errors.no_allowed_factor':
    'Deze applicatie biedt geen tweede factor die hier kan worden ingesteld.',
  'clerkMfaElements.setup.errors.phone_required': 'Voer je telefoonnummer in.',
  'clerkMfaElements.setup.errors.form_identifier_exists':
    'Dit telefoonnummer is al in gebruik. Probeer een ander nummer.',
  'taskSetupMfa.start.title': 'Verificatie in twee stappen instellen',
  'taskSetupMfa.start.subtitle': 'Kies met welke methode je je account extra wilt beveiligen',
  'taskSetupMfa.start.methodSelection.totp': 'Authenticator-app',
  'taskSetupMfa.start.methodSelection.phoneCode': 'Sms-code',
  'userProfile.mfaPhoneCodePage.successMessage1':
    'Bij het inloggen moet je als extra stap een verificatiecode invoeren die naar dit telefoonnummer wordt gestuurd.',
  'userProfile.backupCodePage.title__codelist': 'Back-upcodes',
  'userProfile.backupCodePage.actionLabel__download': '.txt downloaden',
  'reverification.alternativeMethods.blockButton__totp': 'Gebruik je authenticator-app',
} satisfies Readonly<Record<string, string>>;
