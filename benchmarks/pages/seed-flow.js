/**
 * The sign-in of Clerk's guide "custom email/password sign-in with MFA", vanilla JS
 * version (`clerk.browser.js` by script tag, then raw clerk-js calls), with the guide's
 * mistakes fixed: the code is read from the field that holds it, the backup-code box
 * switches the strategy instead of being sent as the code, nothing reloads the page,
 * and SMS and the new-device check get the one `prepareSecondFactor` they need.
 *
 * It is the floor of the benchmark: the static HTML form plus the fewest requests and
 * the least script a correct sign-in can have. Inlined at the end of the page's <body>.
 */
(() => {
  const credentialsForm = document.getElementById('sign-in-form');
  const codeForm = document.getElementById('verifying');
  const backupCodeChoice = document.getElementById('backup-code-choice');
  const errorMessage = document.getElementById('sign-in-error');
  const signedIn = document.getElementById('signed-in');
  const clerkScript = document.getElementById('clerk-js');

  const clerkLoaded = new Promise((resolve, reject) => {
    if (window.Clerk) resolve(window.Clerk);
    clerkScript.addEventListener('load', () => resolve(window.Clerk));
    clerkScript.addEventListener('error', () => reject(new Error('clerk-js did not load')));
  }).then(async (clerk) => {
    await clerk.load({ telemetry: false, unsafe_disableDevelopmentModeConsoleWarning: true });
    document.dispatchEvent(new Event('bench-clerk-ready'));
    return clerk;
  });

  /** The sign-in resource of the last answer (clerk.client.signIn is replaced after create). */
  let signIn;
  let strategy;

  const showError = (error) => {
    errorMessage.textContent = error?.errors?.[0]?.longMessage ?? String(error);
    errorMessage.hidden = false;
  };

  const finish = async (clerk, completed) => {
    await clerk.setActive({ session: completed.createdSessionId });
    credentialsForm.hidden = true;
    codeForm.hidden = true;
    signedIn.hidden = false;
  };

  /** Second factors in the order the element offers them, first the one it would show. */
  const secondFactorOrder = ['totp', 'phone_code', 'backup_code'];

  const askForCode = async () => {
    const factors = signIn.supportedSecondFactors ?? [];
    const factor =
      signIn.status === 'needs_client_trust'
        ? factors.find((f) => f.strategy === 'email_code' || f.strategy === 'phone_code')
        : secondFactorOrder.map((name) => factors.find((f) => f.strategy === name)).find(Boolean);
    if (!factor) throw new Error(`No second factor to use in ${signIn.status}`);
    strategy = factor.strategy;
    if (strategy === 'phone_code') {
      signIn = await signIn.prepareSecondFactor({ strategy, phoneNumberId: factor.phoneNumberId });
    } else if (strategy === 'email_code') {
      signIn = await signIn.prepareSecondFactor({
        strategy,
        emailAddressId: factor.emailAddressId,
      });
    }
    backupCodeChoice.hidden =
      strategy !== 'totp' || !factors.some((f) => f.strategy === 'backup_code');
    credentialsForm.hidden = true;
    codeForm.hidden = false;
    codeForm.elements.namedItem('code').focus();
  };

  credentialsForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    errorMessage.hidden = true;
    const data = new FormData(credentialsForm);
    try {
      const clerk = await clerkLoaded;
      signIn = await clerk.client.signIn.create({
        identifier: String(data.get('identifier')),
        password: String(data.get('password')),
      });
      if (signIn.status === 'complete') await finish(clerk, signIn);
      else if (signIn.status === 'needs_second_factor' || signIn.status === 'needs_client_trust')
        await askForCode();
      else showError(new Error(`Cannot finish a sign-in in status ${signIn.status} here`));
    } catch (error) {
      showError(error);
    }
  });

  codeForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    errorMessage.hidden = true;
    const data = new FormData(codeForm);
    try {
      const clerk = await clerkLoaded;
      signIn = await signIn.attemptSecondFactor({
        strategy: data.get('backupCode') ? 'backup_code' : strategy,
        code: String(data.get('code')),
      });
      if (signIn.status === 'complete') await finish(clerk, signIn);
      else showError(new Error(`Cannot finish a sign-in in status ${signIn.status} here`));
    } catch (error) {
      showError(error);
    }
  });
})();
