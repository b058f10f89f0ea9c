/**
 * What the assistant never answers, recognised before anything else: personal data in the question
 * (or a request for someone's data), attempts to change its instructions, requests for opinions or
 * recommendations, and topics the catalogue does not cover. Each gets a polite refusal and a handoff
 * to a person; nothing is looked up, so nothing can be invented.
 */
import type { HandoffReason } from './schema.ts';
import { folded } from './text.ts';

// Personal data written in the question (checked on the raw text: case and punctuation matter).
const RFC = /\b[A-ZÑ&]{3,4}\d{6}[A-Z\d]{3}\b/i;
const CURP = /\b[A-Z]{4}\d{6}[HMX][A-Z]{5}[A-Z\d]\d\b/i;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/u;
const PHONE = /(?:\+?\d[\s().-]*){10,}/;
// "RFC de Bimbo", "phone number of Juan Pérez": a named company's or person's data (acronyms such as SAT are offices).
const NAMED_DATA = /\b(?:RFC|CURP|tel[eé]fono|celular|correo|e-?mail|phone(?: number)?|email address|personal data|datos)\s+(?:de|del|of)\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+/u;
// A request for a particular person's or company's data (folded text).
const SOMEONES_DATA = new RegExp(
  [
    ' (rfc|curp|telefono|celular|correo|email|e mail|domicilio|direccion particular|numero de seguro social|nss) (de|del) (mi |su |el senor|la senora|senor|senora|sr |sra |la persona (?!moral|fisica)|una persona (?!moral|fisica)|un empleado|mi socio|mi vecino|mi jefe)',
    ' (phone number|email address|e mail address|home address|personal data|personal details|curp|rfc|social security number|tax id) of (my |his |her |their |mr |mrs |ms |a person|someone|an employee|the owner|the director|the ceo)',
    ' (someone s|somebody s|a person s|his|her|my neighbour s|my neighbor s|my partner s|my boss s) (rfc|curp|phone|address|email|tax id|data|personal data)',
    ' (quien es el dueno|who owns|who is the owner|quien es el representante legal de|who is the legal representative of)',
    ' (datos|informacion) personales? ',
  ].join('|'),
);

const INJECTION = new RegExp(
  [
    ' ignore (all |any |the |your )?(previous |prior |above |earlier )?(instructions|rules|prompt)',
    ' (ignora|olvida|omite) (todas |las |tus )*(instrucciones|reglas|indicaciones)',
    ' system prompt ', ' prompt del sistema', ' (you are|you re) now ', ' ahora eres ', ' act as ', ' actua como ', ' pretend ', ' finge ',
    ' jailbreak ', ' developer mode ', ' modo desarrollador', ' reveal your ', ' revela tus ', ' disregard ', ' sin restricciones ', ' without restrictions ',
  ].join('|'),
);

const OPINION = new RegExp(
  [
    ' recommend', ' recomienda', ' recomiendas', ' recomiendan', ' recomendacion', ' sugieres ', ' suggest ',
    ' (law|legal|accounting|consulting) firm', ' despacho (de abogados|juridico|contable|legal)', ' (best|mejor|mejores) (lawyer|abogado|notario|notary|broker|corredor|contador|accountant|state|estado|city|ciudad|place|lugar|bank|banco|consultant|consultor|restaurant|restaurante|hotel|country|pais|option|opcion|firm|company|empresa)',
    ' (qué|que) opinas', ' your opinion', ' tu opinion', ' do you think', ' crees que', ' should i invest', ' deberia invertir',
    ' is it worth', ' vale la pena', ' (is|es) (mexico|it) (safe|seguro)', ' good idea', ' buena idea', ' which is better', ' cual es mejor',
    ' who will win', ' quien ganara', ' better than ', ' mejor que ',
  ].join('|'),
);

const OFF_TOPIC = new RegExp(
  [
    ' weather', ' clima ', ' llover', ' lluvia', ' rain ', ' temperatura', ' temperature', ' forecast', ' pronostico',
    ' football', ' futbol', ' soccer', ' partido de', ' world cup', ' mundial ', ' recipe', ' receta', ' joke', ' chiste', ' poem', ' poema', ' song', ' cancion',
    ' exchange rate', ' tipo de cambio', ' inflation', ' inflacion', ' interest rate', ' tasa de interes', ' the peso (do|will|go)', ' el peso (va|subira|bajara)', ' stock price', ' precio de la accion', ' bitcoin', ' crypto', ' bolsa de valores', ' stock market',
    ' president ', ' presidenta ', ' presidente de mexico', ' election', ' eleccion', ' politica ', ' politics', ' news ', ' noticias',
    ' hotel cerca', ' hotel near', ' flight to ', ' vuelo a ', ' vacation', ' vacaciones', ' what time is it', ' que hora es', ' how old are you', ' cuantos anos tienes', ' who are you', ' quien eres',
    ' write (me )?(a |an )?(code|essay|letter|email)', ' escribe (me )?(un |una )?(codigo|ensayo|carta|correo)', ' translate ', ' traduce ',
    ' horoscope', ' horoscopo', ' lottery', ' loteria', ' girlfriend', ' novia ',
  ].join('|'),
);

/** Why the question must go to a person before any lookup, or null. */
export function refusalReason(question: string): HandoffReason | null {
  const f = folded(question);
  if (INJECTION.test(f)) return 'injection';
  if (RFC.test(question) || CURP.test(question) || EMAIL.test(question) || PHONE.test(question) || NAMED_DATA.test(question) || SOMEONES_DATA.test(f)) return 'personal-data';
  if (OPINION.test(f)) return 'opinion';
  if (OFF_TOPIC.test(f)) return 'out-of-scope';
  return null;
}
