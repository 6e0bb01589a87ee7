/**
 * Arabic (Saudi Arabia) messages of the package's own keys (`clerkMfaElements.*`), and of the
 * Clerk keys the elements use that `@clerk/localizations` leaves untranslated in ar-SA.
 * Built into `clerk-mfa-elements/locales/ar-SA` with Clerk's own messages
 * (`scripts/build-locales.mjs`); `npm test` names any key missing here.
 */
export default {
  'clerkMfaElements.showPassword': 'إظهار كلمة المرور',
  'clerkMfaElements.busy': 'يرجى الانتظار…',
  'clerkMfaElements.codeSentTo': 'أرسلنا رمزًا إلى {{identifier}}.',
  'clerkMfaElements.resendIn': 'إعادة إرسال الرمز بعد {{duration}}',
  'clerkMfaElements.tryAgainIn': 'حاول مرة أخرى بعد {{duration}}',
  'signIn.protectCheck.retryButton': 'حاول مرة أخرى',
  'clerkMfaElements.unsupported.needs_first_factor':
    'يحتاج هذا الحساب إلى طريقة أخرى لتسجيل الدخول لا يوفرها هذا النموذج.',
  'clerkMfaElements.unsupported.needs_protect_check':
    'يطلب Clerk فحصًا أمنيًا إضافيًا لا يستطيع هذا النموذج عرضه. يرجى المحاولة لاحقًا.',
  'clerkMfaElements.unsupported.session_task':
    'يحتاج حسابك إلى خطوة أخرى («{{task}}») لا يمكن لهذا النموذج إتمامها. سجّل الخروج، ثم أكملها حيث يتيحها تطبيقك.',
  'clerkMfaElements.unsupported.other':
    'لا يمكن متابعة تسجيل الدخول هنا (الحالة «{{status}}»). ارجع وحاول مرة أخرى.',
  'unstable__errors.form_password_incorrect':
    'كلمة المرور غير صحيحة. حاول مرة أخرى، أو استخدم طريقة أخرى.',
  'unstable__errors.form_param_nil': 'هذا الحقل مطلوب.',
  'unstable__errors.form_param_format_invalid': 'هذه القيمة غير صالحة. تحقق منها وحاول مرة أخرى.',
  'unstable__errors.form_password_compromised__sign_in':
    'ربما تكون كلمة المرور الخاصة بك مخترقة. أعد تعيين كلمة المرور لتسجيل الدخول.',
  'unstable__errors.form_code_incorrect': 'الرمز غير صحيح. حاول مرة أخرى.',
  'clerkMfaElements.errors.verification_expired': 'انتهت صلاحية هذا الرمز. اطلب رمزًا جديدًا.',
  'clerkMfaElements.errors.verification_expired__sign_in':
    'انتهت صلاحية تسجيل الدخول. أدخل كلمة المرور مرة أخرى.',
  'clerkMfaElements.errors.verification_failed': 'محاولات فاشلة كثيرة جدًا. اطلب رمزًا جديدًا.',
  'clerkMfaElements.errors.verification_failed__sign_in':
    'محاولات فاشلة كثيرة جدًا. أدخل كلمة المرور مرة أخرى لبدء تسجيل الدخول من جديد.',
  'clerkMfaElements.errors.too_many_requests':
    'طلبات كثيرة جدًا. يرجى الانتظار قبل المحاولة مرة أخرى.',
  'clerkMfaElements.errors.verification_code_too_many_requests':
    'طلبت رموزًا كثيرة جدًا. استخدم الرمز المرسل بالفعل، أو انتظر قبل طلب رمز آخر.',
  'clerkMfaElements.errors.user_locked': 'تم قفل حسابك بعد محاولات فاشلة كثيرة جدًا.',
  'clerkMfaElements.errors.user_locked__until':
    'تم قفل حسابك بعد محاولات فاشلة كثيرة جدًا. يمكنك المحاولة مرة أخرى بعد {{duration}}.',
  'clerkMfaElements.errors.client_state_invalid':
    'لم يعد بالإمكان متابعة تسجيل الدخول هذا. أدخل كلمة المرور مرة أخرى للبدء من جديد.',
  'clerkMfaElements.errors.sign_in_identification_or_user_deleted':
    'تغيّر هذا الحساب أثناء تسجيل دخولك. يرجى البدء من جديد.',
  'clerkMfaElements.errors.strategy_for_user_invalid':
    'طريقة التحقق هذه غير متاحة لحسابك. استخدم طريقة أخرى.',
  'clerkMfaElements.errors.verification_not_sent': 'لم يُرسل أي رمز بعد. اطلب رمزًا أولًا.',
  'clerkMfaElements.errors.account_lockout_warning':
    'هذا غير صحيح. بضع محاولات فاشلة أخرى وسيُقفل حسابك.',
  'clerkMfaElements.errors.user_banned':
    'لا يمكن لهذا الحساب تسجيل الدخول. تواصل مع الدعم للحصول على المساعدة.',
  'unstable__errors.action_blocked':
    'تعذّر إكمال هذا الإجراء. يرجى المحاولة لاحقًا أو التواصل مع الدعم إذا استمرت المشكلة.',
  'clerkMfaElements.errors.resource_locked': 'حسابك مشغول بطلب آخر. حاول مرة أخرى.',
  'clerkMfaElements.errors.identifier_required': 'أدخل عنوان بريدك الإلكتروني.',
  'clerkMfaElements.errors.password_required': 'أدخل كلمة المرور.',
  'clerkMfaElements.errors.code_required': 'أدخل الرمز.',
  'clerkMfaElements.errors.code_length': 'يتكون الرمز من 6 أرقام. تحقق منه وحاول مرة أخرى.',
  'clerkMfaElements.errors.backup_code_format':
    'يتكون الرمز الاحتياطي من حروف وأرقام فقط. تحقق منه وحاول مرة أخرى.',
  'clerkMfaElements.errors.service_unavailable':
    'خدمة تسجيل الدخول غير متاحة حاليًا. حاول مرة أخرى بعد قليل.',
  'clerkMfaElements.errors.network_error':
    'تعذّر الوصول إلى خدمة تسجيل الدخول. تحقق من اتصالك وحاول مرة أخرى.',
  'clerkMfaElements.errors.clerk_load_failed':
    'تعذّر تحميل نموذج تسجيل الدخول. تحقق من اتصالك وحاول مرة أخرى.',
  'clerkMfaElements.errors.no_supported_factor':
    'لا يملك هذا الحساب عاملًا ثانيًا يمكن لهذا النموذج استخدامه.',
  'clerkMfaElements.errors.unknown_error': 'حدث خطأ ما. يرجى المحاولة مرة أخرى.',
  'clerkMfaElements.errors.form_password_length_too_short':
    'كلمة المرور قصيرة جدًا. يجب ألا تقل عن {{length}} أحرف.',
  'clerkMfaElements.errors.reset_unavailable':
    'لا يمكن لهذا الحساب إعادة تعيين كلمة المرور هنا. تواصل مع الدعم.',
  'clerkMfaElements.setup.none': 'لم يتم إعداد أي عامل تحقق ثانٍ بعد.',
  'clerkMfaElements.setup.signedOut': 'سجّل الدخول لإدارة التحقق بخطوتين.',
  'clerkMfaElements.setup.qrCode': 'رمز QR للمسح باستخدام تطبيق المصادقة',
  'clerkMfaElements.setup.secretLabel': 'المفتاح',
  'clerkMfaElements.setup.copySecret': 'نسخ المفتاح',
  'clerkMfaElements.setup.phoneHint': 'مع رمز الدولة، مثل ‎+966 51 234 5678.',
  'clerkMfaElements.setup.backupCodesShownOnce': 'تُعرض الآن فقط: انسخها أو نزّلها قبل المتابعة.',
  'clerkMfaElements.setup.backupCodesFile':
    'رموز النسخ الاحتياطي لـ {{applicationName}}. يمكن استخدام كل رمز مرة واحدة.',
  'clerkMfaElements.setup.errors.no_allowed_factor':
    'لا يوفّر هذا التطبيق أي عامل ثانٍ يمكن إعداده هنا.',
  'clerkMfaElements.setup.errors.phone_required': 'أدخل رقم هاتفك.',
  'clerkMfaElements.setup.errors.form_identifier_exists':
    'رقم الهاتف هذا مستخدم بالفعل. جرّب رقمًا آخر.',
  'taskSetupMfa.start.title': 'إعداد التحقق بخطوتين',
  'taskSetupMfa.start.subtitle': 'اختر الطريقة التي تفضّلها لحماية حسابك بطبقة أمان إضافية',
  'taskSetupMfa.start.methodSelection.totp': 'تطبيق المصادقة',
  'taskSetupMfa.start.methodSelection.phoneCode': 'رمز SMS',
  'reverification.password.title': 'التحقق مطلوب',
  'reverification.password.subtitle': 'أدخل كلمة مرورك الحالية للمتابعة',
  'reverification.totpMfa.subtitle': 'أدخل الرمز الذي أنشأه تطبيق المصادقة للمتابعة',
  'reverification.phoneCodeMfa.subtitle': 'أدخل الرمز المرسل إلى هاتفك للمتابعة',
  'reverification.backupCodeMfa.subtitle':
    'أدخل رمز النسخ الاحتياطي الذي حصلت عليه عند إعداد التحقق بخطوتين',
  'reverification.alternativeMethods.blockButton__totp': 'استخدم تطبيق المصادقة',
  'reverification.alternativeMethods.blockButton__backupCode': 'استخدم رمز نسخ احتياطي',
  'reverification.alternativeMethods.blockButton__phoneCode': 'أرسل رمز SMS إلى {{identifier}}',
  'reverification.noAvailableMethods.message':
    'لا يمكن متابعة التحقق: لم يتم إعداد أي وسيلة مصادقة مناسبة',
} satisfies Readonly<Record<string, string>>;
