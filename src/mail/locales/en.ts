import type { MailMessages } from './es.ts';

const signature = '\n\n— Ventanilla, the one-stop shop for investors';

/** E-mails in English; typed as the Spanish set, so a missing template fails the type check. */
export const en: MailMessages = {
  invitation: {
    subject: () => 'Invitation to the Ventanilla back office',
    body: (p) =>
      `Hello ${p.name},\n\n${p.inviter} invited you to work on Ventanilla with these roles: ${p.roles}.\n\n` +
      `To accept, choose your password at this link (valid until ${p.expires}; it works once):\n\n${p.link}\n\n` +
      `If you did not expect this invitation, ignore this message.${signature}`,
  },
  passwordReset: {
    subject: () => 'Reset your Ventanilla password',
    body: (p) =>
      `Hello ${p.name},\n\nWe received a request to reset your password. Choose a new one at this link ` +
      `(valid until ${p.expires}; it works once):\n\n${p.link}\n\n` +
      `If you did not ask for this, ignore this message: your password does not change.${signature}`,
  },
  passwordChanged: {
    subject: () => 'Your Ventanilla password changed',
    body: (p) =>
      `Hello ${p.name},\n\nThe password of your account changed on ${p.when} and your open sessions were signed out.\n\n` +
      `If this was not you, tell an administrator at once.${signature}`,
  },
  reportResolved: {
    subject: () => 'We have dealt with your report on a procedure',
    body: (p) =>
      `Hello,\n\nThank you for your report ${p.reference} on “${p.procedure}”. We checked it, and this is what we did:\n\n` +
      `${p.note}\n\nThe procedure, with its history of changes, is here:\n\n${p.link}\n\n` +
      `You receive this e-mail because you left your address on the report form; we will not use it for anything else.${signature}`,
  },
  deskReceived: {
    subject: (p) => `We received your request ${p.folio}`,
    body: (p) =>
      `Hello ${p.name},\n\nWe received your request (${p.kind}) under folio ${p.folio}. A person at the desk will deal with it; ` +
      `we aim to give you a first answer by ${p.due}.\n\nFollow your request, read the answers and reply here ` +
      `(the link is personal: do not share it):\n\n${p.link}\n\nWe use your e-mail only to deal with this request; see the privacy notice on the site.${signature}`,
  },
  deskAnswered: {
    subject: (p) => `Answer to your request ${p.folio}`,
    body: (p) =>
      `Hello ${p.name},\n\nThe desk answered your request ${p.folio}:\n\n${p.excerpt}\n\n` +
      `Read the whole answer and reply here:\n\n${p.link}${signature}`,
  },
  chatTranscript: {
    subject: (p) => `Your conversation with the desk (${p.folio})`,
    body: (p) =>
      `Hello,\n\nHere is the transcript of your conversation ${p.folio}, as you asked:\n\n${p.transcript}\n\n` +
      `You can follow it and reply here (the link is personal: do not share it):\n\n${p.link}${signature}`,
  },
  directoryConfirm: {
    subject: (p) => `Confirm the registration of ${p.name} in the directory`,
    body: (p) =>
      `Hello,\n\nWe received the registration of "${p.name}" in the Ventanilla supplier directory. To confirm that this e-mail ` +
      `address is yours, open this link and press "Confirm":\n\n${p.link}\n\nAn editor will then check the details and the ` +
      `evidence before publishing it; nothing is published without that verification. If you did not register, ignore this message.${signature}`,
  },
};
