/** E-mails in Spanish (the source): to staff, and to the public who left an address. Plain text: readable in any client and in the local outbox. */
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
export interface ReportResolvedParams {
  reference: string;
  procedure: string;
  note: string;
  link: string;
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
  reportResolved: {
    subject: () => 'Atendimos su reporte sobre un trámite',
    body: (p: ReportResolvedParams) =>
      `Hola:\n\nGracias por su reporte ${p.reference} sobre «${p.procedure}». Lo revisamos y esto es lo que hicimos:\n\n` +
      `${p.note}\n\nEl trámite, con su historial de cambios, está aquí:\n\n${p.link}\n\n` +
      `Recibe este correo porque lo dejó en el formulario de reporte; no lo usaremos para nada más.${signature}`,
  },
  deskReceived: {
    subject: (p: DeskMailParams) => `Recibimos su solicitud ${p.folio}`,
    body: (p: DeskMailParams) =>
      `Hola, ${p.name}:\n\nRecibimos su solicitud (${p.kind}) con el folio ${p.folio}. Una persona de la ventanilla la atenderá; ` +
      `nuestro objetivo es darle una primera respuesta antes del ${p.due}.\n\nSiga su solicitud, lea las respuestas y conteste aquí ` +
      `(el enlace es personal: no lo comparta):\n\n${p.link}\n\nUsamos su correo solo para atender esta solicitud; vea el aviso de privacidad en el sitio.${signature}`,
  },
  deskAnswered: {
    subject: (p: DeskMailParams) => `Respuesta a su solicitud ${p.folio}`,
    body: (p: DeskMailParams) =>
      `Hola, ${p.name}:\n\nLa ventanilla respondió a su solicitud ${p.folio}:\n\n${p.excerpt}\n\n` +
      `Lea la respuesta completa y conteste aquí:\n\n${p.link}${signature}`,
  },
  chatTranscript: {
    subject: (p: ChatTranscriptParams) => `Su conversación con la ventanilla (${p.folio})`,
    body: (p: ChatTranscriptParams) =>
      `Hola:\n\nEsta es la transcripción de su conversación ${p.folio}, como la pidió:\n\n${p.transcript}\n\n` +
      `Puede seguirla y responder aquí (el enlace es personal: no lo comparta):\n\n${p.link}${signature}`,
  },
  directoryConfirm: {
    subject: (p: DirectoryConfirmParams) => `Confirme el registro de ${p.name} en el directorio`,
    body: (p: DirectoryConfirmParams) =>
      `Hola:\n\nRecibimos el registro de «${p.name}» en el directorio de proveedores de Ventanilla. Para confirmar que esta ` +
      `dirección de correo es suya, abra este enlace y pulse «Confirmar»:\n\n${p.link}\n\nDespués, una persona del equipo editorial ` +
      `revisará los datos y las evidencias antes de publicarlo; nada se publica sin esa verificación. Si usted no hizo este registro, ` +
      `ignore este mensaje.${signature}`,
  },
};

export interface DirectoryConfirmParams {
  name: string;
  link: string;
}

export interface ChatTranscriptParams {
  folio: string;
  /** The public messages, one per paragraph: "[time] who: text". */
  transcript: string;
  link: string;
}

export interface DeskMailParams {
  name: string;
  folio: string;
  kind: string;
  link: string;
  due: string;
  excerpt: string;
}

export type MailMessages = typeof es;
