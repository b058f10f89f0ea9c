/** Staff e-mails in Spanish (the source). Plain text: readable in any client and in the local outbox. */
export interface InvitationParams {
  name: string;
  inviter: string;
  roles: string;
  link: string;
  expires: string;
}
export interface ResetParams {
  name: string;
  link: string;
  expires: string;
}
export interface NoticeParams {
  name: string;
  when: string;
}

const signature = '\n\n— Ventanilla, ventanilla para inversionistas';

export const es = {
  invitation: {
    subject: () => 'Invitación al back office de Ventanilla',
    body: (p: InvitationParams) =>
      `Hola, ${p.name}:\n\n${p.inviter} le invitó a colaborar en Ventanilla con estos roles: ${p.roles}.\n\n` +
      `Para aceptar, elija su contraseña en este enlace (válido hasta ${p.expires}; se usa una sola vez):\n\n${p.link}\n\n` +
      `Si no esperaba esta invitación, ignore este mensaje.${signature}`,
  },
  passwordReset: {
    subject: () => 'Restablecer su contraseña de Ventanilla',
    body: (p: ResetParams) =>
      `Hola, ${p.name}:\n\nRecibimos una solicitud para restablecer su contraseña. Elija una nueva en este enlace ` +
      `(válido hasta ${p.expires}; se usa una sola vez):\n\n${p.link}\n\n` +
      `Si usted no lo pidió, ignore este mensaje: su contraseña no cambia.${signature}`,
  },
  passwordChanged: {
    subject: () => 'Su contraseña de Ventanilla cambió',
    body: (p: NoticeParams) =>
      `Hola, ${p.name}:\n\nLa contraseña de su cuenta cambió el ${p.when} y se cerraron sus sesiones abiertas.\n\n` +
      `Si no fue usted, avise de inmediato a un administrador.${signature}`,
  },
};

export type MailMessages = typeof es;
