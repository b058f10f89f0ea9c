/**
 * The site's own pages in Spanish (the source): who runs it, the privacy notice and the
 * accessibility statement. en.ts is typed against this object, so a missing key fails the type check.
 * Every statement here describes what the code does (src/reports, src/accounts, src/web); change both together.
 */
export const es = {
  contact: {
    heading: 'Contacto',
    writeTo: 'Escriba a',
    none: 'Quien opera esta instalación no ha publicado un correo de contacto. Para corregir información use «Reportar un error» en la página de cualquier trámite.',
  },
  about: {
    title: 'Acerca de Ventanilla',
    description: 'Qué es Ventanilla, quién la opera, de dónde viene su información y cómo corregirla.',
    lead: 'Ventanilla reúne en un solo lugar, en español e inglés, lo que se necesita para establecer una inversión en México: los trámites federales, estatales y municipales, sus pasos, requisitos, costos, plazos y fundamento legal.',
    operatorHeading: '¿Quién la opera?',
    operator: (name: string) => `Esta instalación la opera ${name}.`,
    operatorUnset: 'Ventanilla es software de código abierto que cualquier institución puede instalar. Quien opera esta instalación no ha publicado su nombre; no es un sitio oficial del Gobierno de México salvo que así se indique aquí.',
    coverageHeading: 'Qué cubre',
    coverage: (procedures: number, sectors: number, states: number) =>
      `${procedures} trámites, ${sectors} guías por sector y las ${states} entidades federativas con su ventanilla de atención a inversionistas.`,
    sourcesHeading: 'De dónde viene la información',
    sources: 'Cada dato cita su fuente: leyes en su texto vigente (Cámara de Diputados), el Diario Oficial de la Federación, las fichas oficiales de trámites y los sitios oficiales de las dependencias y de los estados. Cada trámite dice cuándo se verificó por última vez. Lo que ninguna fuente oficial confirma se muestra como «por confirmar», nunca como dato firme.',
    notAdvice: 'La información orienta; no sustituye a la autoridad. Antes de actuar, confírmela con la dependencia que resuelve el trámite.',
    correctHeading: 'Cómo se corrige',
    correct: 'Cada página de trámite tiene «Reportar un error». Un equipo editorial revisa cada reporte; los cambios los prepara una persona y los publica otra, y quedan en el historial público de cambios.',
    changesLink: 'Historial de cambios',
    openHeading: 'Datos abiertos y código abierto',
    open: 'Todo el catálogo se descarga en JSON y CSV y tiene una API documentada en OpenAPI. El código es abierto (licencia MIT).',
  },
  privacy: {
    title: 'Aviso de privacidad',
    description: 'Qué datos personales trata Ventanilla, para qué, cuánto tiempo y cómo ejercer sus derechos.',
    lead: 'Puede consultar todo el sitio sin darnos ningún dato personal. Este aviso explica lo poco que tratamos y por qué.',
    browsingHeading: 'Al consultar el sitio',
    browsing: 'Las páginas públicas no usan cookies, ni analítica, ni recursos de terceros: todo se sirve desde este servidor. El servidor registra datos técnicos de cada solicitud (dirección IP, página, fecha y hora) para mantener el servicio seguro y detectar abusos; los registros se conservan por el periodo que fije quien opera la instalación y no se usan para identificar a nadie.',
    reportsHeading: 'Si reporta un error',
    reports: 'Guardamos su mensaje y, solo si lo da, su correo, para escribirle sobre el reporte; el correo no se publica. Para limitar abusos guardamos un código derivado de su dirección IP y del día (no la dirección), que no permite vincular días distintos. El formulario usa una cookie técnica para protegerlo contra envíos falsificados (CSRF); no sirve para rastrearle.',
    deskHeading: 'Si escribe a la ventanilla',
    desk: (days: number) => `Guardamos su nombre, correo, organización (si la da), sus mensajes y los datos del proyecto que nos comparta, para atender su solicitud y responderle; solo los ve el personal de la ventanilla que la atiende (asesores federales o la ventanilla de su estado). ${days} días después de cerrada la solicitud borramos esos datos personales y sus mensajes; quedan el folio y las respuestas de la ventanilla, sin datos suyos. Desde la página de seguimiento puede descargar sus datos o borrarlos en cualquier momento. Lo mismo vale para el correo de quien reporta un error: se borra ${days} días después de resuelto el reporte.`,
    staffHeading: 'Personal que atiende el sitio',
    staff: 'Para las cuentas del personal guardamos nombre, correo, la contraseña cifrada con un algoritmo de un solo sentido, las sesiones y una bitácora de lo que cada cuenta hace. La cookie de sesión solo existe en el área de personal.',
    rightsHeading: 'Sus derechos',
    rights: 'Puede pedir el acceso, la rectificación, la cancelación de sus datos o oponerse a su tratamiento (derechos ARCO), conforme a la legislación mexicana de protección de datos personales publicada en el Diario Oficial de la Federación el 20 de marzo de 2025.',
    noSale: 'No vendemos ni cedemos datos personales. Solo se comunicarían a una autoridad que los requiera con fundamento legal.',
    updated: 'Última actualización',
  },
  accessibility: {
    title: 'Declaración de accesibilidad',
    description: 'El nivel de accesibilidad que busca Ventanilla (WCAG 2.2 AA), cómo se comprueba y cómo avisarnos de un problema.',
    lead: 'Queremos que cualquier persona pueda usar Ventanilla, con o sin discapacidad, con cualquier dispositivo y conexión.',
    targetHeading: 'Nuestro objetivo',
    target: 'Cumplir las Pautas de Accesibilidad para el Contenido Web (WCAG) 2.2, nivel AA, en todas las páginas públicas y del personal.',
    howHeading: 'Cómo lo comprobamos',
    how: [
      'Cada tipo de página se abre en un navegador automático en cada cambio del código y se revisa con axe-core; una sola falla detiene la publicación.',
      'Todo el sitio funciona sin JavaScript: el JavaScript solo mejora formularios ya funcionales.',
      'Se puede recorrer con el teclado, con un enlace para saltar al contenido y el foco siempre visible.',
      'Los colores del texto cumplen un contraste mínimo de 4.5:1 y las páginas se adaptan a pantallas de 320 píxeles.',
      'Cada página existe en español y en inglés y declara su idioma.',
    ],
    limitsHeading: 'Limitaciones conocidas',
    limits: 'Algunos documentos oficiales a los que enlazamos (PDF de leyes o formatos de las dependencias) no son nuestros y pueden no ser accesibles.',
    reportHeading: '¿Encontró una barrera?',
    report: 'Díganos en qué página y qué ocurrió. Lo atenderemos como un error.',
    updated: 'Última actualización',
  },
};
export type SiteMessages = typeof es;
