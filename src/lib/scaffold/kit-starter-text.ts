/**
 * The starter text of the kit.yaml `npm run new -- kit` writes, in each built-in language:
 * a poster and a call to action that can be used as they are, and messages, a press
 * paragraph and a newsletter that say plainly what to write in their place. `{date}` is
 * the day in the language's own words, `{organiser}` the organiser's name.
 */
import type { BuiltInLocale } from '../../i18n/ui/feature.ts';

/** The starter kit text of one language. */
export interface KitStarterText {
  message: string;
  posterHeadline: string;
  posterBody: string;
  callToAction: string;
  boilerplate: string;
  newsletterSubject: string;
  newsletterBody: string;
}

const KIT_STARTER_TEXT: Readonly<Record<BuiltInLocale, KitStarterText>> = {
  en: {
    message: 'Safer Internet Day is on {date}. Write here, in a sentence or two, what you want supporters to post.',
    posterHeadline: 'Tell someone you trust',
    posterBody: 'If something online worries you, talk to an adult you trust. They can help.',
    callToAction: 'Join in on {date}',
    boilerplate:
      'Write here a few sentences about {organiser} for journalists: who you are, your work for children’s safety online, and your partners.',
    newsletterSubject: 'Safer Internet Day on {date}',
    newsletterBody:
      'Write here the text schools send to parents: what Safer Internet Day is, a question to start a conversation at home, where to find your toolkit for parents, and where to get help.',
  },
  fr: {
    message:
      'La Journée pour un Internet plus sûr a lieu le {date}. Écrivez ici, en une ou deux phrases, ce que vous voulez que vos soutiens publient.',
    posterHeadline: 'Parle à quelqu’un de confiance',
    posterBody: 'Si quelque chose en ligne t’inquiète, parles-en à un adulte de confiance. Il peut t’aider.',
    callToAction: 'Participez le {date}',
    boilerplate:
      'Écrivez ici quelques phrases sur {organiser} pour les journalistes : qui vous êtes, votre action pour la sécurité des enfants en ligne et vos partenaires.',
    newsletterSubject: 'Journée pour un Internet plus sûr le {date}',
    newsletterBody:
      'Écrivez ici le texte que les écoles envoient aux parents : ce qu’est la Journée pour un Internet plus sûr, une question pour lancer la conversation à la maison, où trouver votre kit pour les parents et où trouver de l’aide.',
  },
  es: {
    message:
      'El Día de Internet Segura es el {date}. Escribe aquí, en una o dos frases, lo que quieres que publiquen quienes apoyan la campaña.',
    posterHeadline: 'Cuéntaselo a alguien de confianza',
    posterBody: 'Si algo en internet te preocupa, habla con una persona adulta de confianza. Puede ayudarte.',
    callToAction: 'Participa el {date}',
    boilerplate:
      'Escribe aquí unas frases sobre {organiser} para la prensa: quién es, su labor por la seguridad de la infancia en internet y sus socios.',
    newsletterSubject: 'Día de Internet Segura: {date}',
    newsletterBody:
      'Escribe aquí el texto que las escuelas envían a las familias: qué es el Día de Internet Segura, una pregunta para empezar a hablar en casa, dónde encontrar el material para familias y dónde pedir ayuda.',
  },
  ar: {
    message: 'يوم الإنترنت الأكثر أمانًا هو {date}. اكتب هنا، في جملة أو جملتين، ما تريد أن ينشره مؤيدو الحملة.',
    posterHeadline: 'أخبر شخصًا تثق به',
    posterBody: 'إذا أقلقك شيء على الإنترنت، فتحدّث إلى شخص بالغ تثق به. يمكنه مساعدتك.',
    callToAction: 'شارك معنا: {date}',
    boilerplate:
      'اكتب هنا بضع جمل عن {organiser} للصحفيين: من أنتم، وعملكم من أجل سلامة الأطفال على الإنترنت، وشركاؤكم.',
    newsletterSubject: 'يوم الإنترنت الأكثر أمانًا: {date}',
    newsletterBody:
      'اكتب هنا النص الذي ترسله المدارس إلى الأهل: ما يوم الإنترنت الأكثر أمانًا، وسؤالًا لبدء الحديث في البيت، وأين يجدون حقيبة الأهل، وأين يطلبون المساعدة.',
  },
  zh: {
    message: '更安全互联网日是{date}。请在这里用一两句话写下你希望支持者发布的内容。',
    posterHeadline: '告诉你信任的人',
    posterBody: '如果网上的事情让你担心，就和你信任的成年人谈一谈。他们能帮助你。',
    callToAction: '{date}，一起参与',
    boilerplate:
      '请在这里用几句话向记者介绍{organiser}：你们是谁、在儿童网络安全方面做了哪些工作，以及合作伙伴有哪些。',
    newsletterSubject: '更安全互联网日：{date}',
    newsletterBody:
      '请在这里写下学校发给家长的内容：什么是更安全互联网日，一个在家开启对话的问题，在哪里找到家长资料包，以及在哪里寻求帮助。',
  },
  ru: {
    message:
      'День безопасного Интернета: {date}. Напишите здесь в одном-двух предложениях, что вы хотите, чтобы публиковали ваши сторонники.',
    posterHeadline: 'Расскажи тому, кому доверяешь',
    posterBody: 'Если что-то в Интернете тебя тревожит, поговори со взрослым, которому доверяешь. Он поможет.',
    callToAction: 'Присоединяйтесь: {date}',
    boilerplate:
      'Напишите здесь для журналистов несколько предложений об организации «{organiser}»: кто вы, что делаете для безопасности детей в Интернете и кто ваши партнёры.',
    newsletterSubject: 'День безопасного Интернета: {date}',
    newsletterBody:
      'Напишите здесь текст, который школы отправляют родителям: что такое День безопасного Интернета, вопрос, с которого можно начать разговор дома, где найти материалы для родителей и куда обратиться за помощью.',
  },
};

/** The starter kit text of a locale; English for a locale sidkit has no starter text for. */
export function kitStarterText(locale: string): KitStarterText {
  return KIT_STARTER_TEXT[locale as BuiltInLocale] ?? KIT_STARTER_TEXT.en;
}
