/**
 * Italian (Italy) messages of the package's own keys (`clerkMfaElements.*`), and of the
 * Clerk keys the elements use that `@clerk/localizations` leaves untranslated in it-IT.
 * Built into `clerk-mfa-elements/locales/it-IT` with Clerk's own messages
 * (`scripts/build-locales.mjs`); `npm test` names any key missing here.
 */
export default {
  'clerkMfaElements.showPassword': 'Mostra la password',
  'clerkMfaElements.busy': 'Attendi…',
  'clerkMfaElements.codeSentTo': 'Abbiamo inviato un codice a {{identifier}}.',
  'clerkMfaElements.resendIn': 'Invia di nuovo il codice tra {{duration}}',
  'clerkMfaElements.tryAgainIn': 'Riprova tra {{duration}}',
  formFieldLabel__password: 'Password',
  'signIn.protectCheck.retryButton': 'Riprova',
  'clerkMfaElements.unsupported.needs_first_factor':
    'Questo account richiede un altro metodo di accesso, che questo modulo non offre.',
  'clerkMfaElements.unsupported.needs_protect_check':
    'Clerk richiede un ulteriore controllo di sicurezza che questo modulo non può mostrare. Riprova più tardi.',
  'clerkMfaElements.unsupported.session_task':
    'Il tuo account richiede un altro passaggio («{{task}}») che questo modulo non può svolgere. Esci e completalo dove la tua applicazione lo offre.',
  'clerkMfaElements.unsupported.other':
    'L’accesso non può continuare qui (stato «{{status}}»). Torna indietro e riprova.',
  'unstable__errors.form_password_compromised__sign_in':
    'La tua password potrebbe essere compromessa. Reimposta la password per accedere.',
  'clerkMfaElements.errors.verification_expired': 'Questo codice è scaduto. Richiedine uno nuovo.',
  'clerkMfaElements.errors.verification_expired__sign_in':
    'Il tuo accesso è scaduto. Inserisci di nuovo la password.',
  'clerkMfaElements.errors.verification_failed':
    'Troppi tentativi non riusciti. Richiedi un nuovo codice.',
  'clerkMfaElements.errors.verification_failed__sign_in':
    'Troppi tentativi non riusciti. Inserisci di nuovo la password per ricominciare l’accesso.',
  'clerkMfaElements.errors.too_many_requests': 'Troppe richieste. Attendi prima di riprovare.',
  'clerkMfaElements.errors.verification_code_too_many_requests':
    'Troppi codici richiesti. Usa il codice già inviato o attendi prima di richiederne un altro.',
  'clerkMfaElements.errors.user_locked':
    'Il tuo account è stato bloccato dopo troppi tentativi non riusciti.',
  'clerkMfaElements.errors.user_locked__until':
    'Il tuo account è stato bloccato dopo troppi tentativi non riusciti. Potrai riprovare tra {{duration}}.',
  'clerkMfaElements.errors.client_state_invalid':
    'Questo accesso non può più continuare. Inserisci di nuovo la password per ricominciare.',
  'clerkMfaElements.errors.sign_in_identification_or_user_deleted':
    'Questo account è cambiato durante l’accesso. Ricomincia da capo.',
  'clerkMfaElements.errors.strategy_for_user_invalid':
    'Questo metodo di verifica non è disponibile per il tuo account. Usa un altro metodo.',
  'clerkMfaElements.errors.verification_not_sent':
    'Non è ancora stato inviato alcun codice. Richiedi prima un codice.',
  'clerkMfaElements.errors.account_lockout_warning':
    'Non è corretto. Ancora qualche tentativo non riuscito e il tuo account verrà bloccato.',
  'clerkMfaElements.errors.user_banned': 'Questo account non può accedere. Contatta l’assistenza.',
  'unstable__errors.action_blocked':
    'Impossibile completare questa azione. Riprova più tardi o contatta l’assistenza se il problema persiste.',
  'clerkMfaElements.errors.resource_locked':
    'Il tuo account sta elaborando un’altra richiesta. Riprova.',
  'clerkMfaElements.errors.identifier_required': 'Inserisci il tuo indirizzo email.',
  'clerkMfaElements.errors.password_required': 'Inserisci la password.',
  'clerkMfaElements.errors.code_required': 'Inserisci il codice.',
  'clerkMfaElements.errors.code_length': 'Il codice è di 6 cifre. Controllalo e riprova.',
  'clerkMfaElements.errors.backup_code_format':
    'Un codice di backup contiene solo lettere e cifre. Controllalo e riprova.',
  'clerkMfaElements.errors.service_unavailable':
    'Il servizio di accesso non è al momento disponibile. Riprova tra poco.',
  'clerkMfaElements.errors.network_error':
    'Impossibile raggiungere il servizio di accesso. Controlla la connessione e riprova.',
  'clerkMfaElements.errors.clerk_load_failed':
    'Impossibile caricare l’accesso. Controlla la connessione e riprova.',
  'clerkMfaElements.errors.no_supported_factor':
    'Questo account non ha un secondo fattore utilizzabile con questo modulo.',
  'clerkMfaElements.errors.unknown_error': 'Si è verificato un errore. Riprova.',
  'clerkMfaElements.errors.form_password_length_too_short':
    'La password è troppo corta. Deve contenere almeno {{length}} caratteri.',
  'clerkMfaElements.errors.reset_unavailable':
    'Questo account non può reimpostare la password qui. Contatta l’assistenza.',
  'clerkMfaElements.setup.none': 'Non è ancora configurato alcun secondo fattore.',
  'clerkMfaElements.setup.signedOut': 'Accedi per gestire la verifica in due passaggi.',
  'clerkMfaElements.setup.qrCode': 'Codice QR da scansionare con la tua app di autenticazione',
  'clerkMfaElements.setup.secretLabel': 'Chiave',
  'clerkMfaElements.setup.copySecret': 'Copia la chiave',
  'clerkMfaElements.setup.phoneHint':
    'Con il prefisso internazionale, per esempio +39 312 345 6789.',
  'clerkMfaElements.setup.backupCodesShownOnce':
    'Vengono mostrati solo ora: copiali o scaricali prima di proseguire.',
  'clerkMfaElements.setup.backupCodesFile':
    'Codici di backup per {{applicationName}}. Ogni codice si può usare una volta.',
  'clerkMfaElements.setup.errors.no_allowed_factor':
    'Questa applicazione non offre alcun secondo fattore configurabile qui.',
  'clerkMfaElements.setup.errors.phone_required': 'Inserisci il tuo numero di telefono.',
  'clerkMfaElements.setup.errors.form_identifier_exists':
    'Questo numero di telefono è già in uso. Provane un altro.',
  'taskSetupMfa.start.title': 'Configura la verifica in due passaggi',
  'taskSetupMfa.start.subtitle':
    'Scegli il metodo che preferisci per proteggere il tuo account con un ulteriore livello di sicurezza',
  'taskSetupMfa.start.methodSelection.totp': 'App di autenticazione',
  'taskSetupMfa.start.methodSelection.phoneCode': 'Codice SMS',
} satisfies Readonly<Record<string, string>>;
