/**
 * Hebrew (Israel) messages of the package's own keys (`clerkMfaElements.*`), and of the
 * Clerk keys the elements use that `@clerk/localizations` leaves untranslated in he-IL.
 * Built into `clerk-mfa-elements/locales/he-IL` with Clerk's own messages
 * (`scripts/build-locales.mjs`); `npm test` names any key missing here.
 */
export default {
  'clerkMfaElements.showPassword': 'הצג סיסמה',
  'clerkMfaElements.busy': 'נא להמתין…',
  'signIn.phoneCodeMfa.subtitle': 'כדי להמשיך, הזן את קוד האימות שנשלח לטלפון שלך',
  formButtonPrimary__verify: 'אמת',
  'clerkMfaElements.codeSentTo': 'שלחנו קוד אל {{identifier}}.',
  'clerkMfaElements.resendIn': 'שליחת הקוד מחדש בעוד {{duration}}',
  'clerkMfaElements.tryAgainIn': 'נסה שוב בעוד {{duration}}',
  'signIn.protectCheck.retryButton': 'נסה שוב',
  'clerkMfaElements.unsupported.needs_first_factor':
    'חשבון זה דורש דרך התחברות אחרת, שטופס זה אינו מציע.',
  'clerkMfaElements.unsupported.needs_protect_check':
    'Clerk דורש בדיקת אבטחה נוספת שטופס זה אינו יכול להציג. נסה שוב מאוחר יותר.',
  'clerkMfaElements.unsupported.session_task':
    'החשבון שלך דורש שלב נוסף („{{task}}”) שהטופס הזה לא יכול לבצע. התנתק/י והשלם/י אותו במקום שבו האפליקציה שלך מציעה אותו.',
  'clerkMfaElements.unsupported.other':
    'לא ניתן להמשיך בהתחברות כאן (סטטוס: {{status}}). חזור אחורה ונסה שוב.',
  'unstable__errors.form_password_incorrect': 'הסיסמה שגויה. נסה שוב, או השתמש בשיטה אחרת.',
  'unstable__errors.form_param_nil': 'שדה זה הוא שדה חובה.',
  'unstable__errors.form_param_format_invalid': 'ערך זה אינו תקין. בדוק אותו ונסה שוב.',
  'unstable__errors.form_password_compromised__sign_in':
    'ייתכן שהסיסמה שלך נחשפה. אפס את הסיסמה כדי להתחבר.',
  'unstable__errors.form_code_incorrect': 'הקוד שגוי. נסה שוב.',
  'clerkMfaElements.errors.verification_expired': 'תוקף הקוד פג. בקש קוד חדש.',
  'clerkMfaElements.errors.verification_expired__sign_in': 'תוקף ההתחברות פג. הזן שוב את הסיסמה.',
  'clerkMfaElements.errors.verification_failed': 'יותר מדי ניסיונות כושלים. בקש קוד חדש.',
  'clerkMfaElements.errors.verification_failed__sign_in':
    'יותר מדי ניסיונות כושלים. הזן שוב את הסיסמה כדי להתחיל את ההתחברות מחדש.',
  'clerkMfaElements.errors.too_many_requests': 'יותר מדי בקשות. המתן לפני שתנסה שוב.',
  'clerkMfaElements.errors.verification_code_too_many_requests':
    'ביקשת יותר מדי קודים. השתמש בקוד שכבר נשלח, או המתן לפני שתבקש קוד נוסף.',
  'clerkMfaElements.errors.user_locked': 'החשבון שלך ננעל לאחר יותר מדי ניסיונות כושלים.',
  'clerkMfaElements.errors.user_locked__until':
    'החשבון שלך ננעל לאחר יותר מדי ניסיונות כושלים. תוכל לנסות שוב בעוד {{duration}}.',
  'clerkMfaElements.errors.client_state_invalid':
    'לא ניתן עוד להמשיך בהתחברות זו. הזן שוב את הסיסמה כדי להתחיל מחדש.',
  'clerkMfaElements.errors.sign_in_identification_or_user_deleted':
    'החשבון השתנה בזמן ההתחברות. נא להתחיל מחדש.',
  'clerkMfaElements.errors.strategy_for_user_invalid':
    'דרך אימות זו אינה זמינה עבור החשבון שלך. השתמש בשיטה אחרת.',
  'clerkMfaElements.errors.verification_not_sent': 'עדיין לא נשלח קוד. בקש קוד תחילה.',
  'clerkMfaElements.errors.account_lockout_warning':
    'זה לא נכון. עוד כמה ניסיונות כושלים והחשבון שלך יינעל.',
  'clerkMfaElements.errors.user_banned': 'חשבון זה אינו יכול להתחבר. פנה לתמיכה לקבלת עזרה.',
  'unstable__errors.action_blocked':
    'לא ניתן היה להשלים פעולה זו. נסה שוב מאוחר יותר, או פנה לתמיכה אם הבעיה נמשכת.',
  'clerkMfaElements.errors.resource_locked': 'החשבון שלך עסוק בבקשה אחרת. נסה שוב.',
  'clerkMfaElements.errors.identifier_required': 'הזן את כתובת האימייל שלך.',
  'clerkMfaElements.errors.password_required': 'הזן את הסיסמה שלך.',
  'clerkMfaElements.errors.code_required': 'הזן את הקוד.',
  'clerkMfaElements.errors.code_length': 'הקוד מכיל 6 ספרות. בדוק אותו ונסה שוב.',
  'clerkMfaElements.errors.backup_code_format':
    'קוד גיבוי מכיל אותיות וספרות בלבד. בדוק אותו ונסה שוב.',
  'clerkMfaElements.errors.service_unavailable': 'שירות ההתחברות אינו זמין כרגע. נסה שוב בעוד רגע.',
  'clerkMfaElements.errors.network_error':
    'לא ניתן להגיע לשירות ההתחברות. בדוק את החיבור שלך ונסה שוב.',
  'clerkMfaElements.errors.clerk_load_failed':
    'לא ניתן היה לטעון את טופס ההתחברות. בדוק את החיבור שלך ונסה שוב.',
  'clerkMfaElements.errors.no_supported_factor':
    'לחשבון זה אין גורם אימות שני שטופס זה יכול להשתמש בו.',
  'clerkMfaElements.errors.unknown_error': 'משהו השתבש. נסה שוב.',
  'clerkMfaElements.errors.form_password_length_too_short':
    'הסיסמה קצרה מדי. היא חייבת להכיל לפחות {{length}} תווים.',
  'clerkMfaElements.errors.reset_unavailable':
    'לא ניתן לאפס כאן את הסיסמה של חשבון זה. פנו לתמיכה.',
  'clerkMfaElements.setup.none': 'עדיין לא הוגדר גורם אימות שני.',
  'clerkMfaElements.setup.signedOut': 'יש להתחבר כדי לנהל את האימות הדו־שלבי.',
  'clerkMfaElements.setup.qrCode': 'קוד QR לסריקה באפליקציית האימות',
  'clerkMfaElements.setup.secretLabel': 'מפתח',
  'clerkMfaElements.setup.copySecret': 'העתקת המפתח',
  'clerkMfaElements.setup.phoneHint': 'עם קידומת המדינה, למשל ‎+972 50 123 4567.',
  'clerkMfaElements.setup.backupCodesShownOnce':
    'הם מוצגים רק עכשיו: יש להעתיק או להוריד אותם לפני שממשיכים.',
  'clerkMfaElements.setup.backupCodesFile':
    'קודי גיבוי עבור {{applicationName}}. כל קוד ניתן לשימוש פעם אחת.',
  'clerkMfaElements.setup.errors.no_allowed_factor':
    'האפליקציה הזו לא מציעה גורם שני שאפשר להגדיר כאן.',
  'clerkMfaElements.setup.errors.phone_required': 'יש להזין את מספר הטלפון.',
  'clerkMfaElements.setup.errors.form_identifier_exists':
    'מספר הטלפון הזה כבר בשימוש. נסו מספר אחר.',
  'taskSetupMfa.start.title': 'הגדרת אימות דו־שלבי',
  'taskSetupMfa.start.subtitle': 'בחרו את השיטה המועדפת להגנה על החשבון בשכבת אבטחה נוספת',
  'taskSetupMfa.start.methodSelection.totp': 'אפליקציית אימות',
  'taskSetupMfa.start.methodSelection.phoneCode': 'קוד SMS',
} satisfies Readonly<Record<string, string>>;
