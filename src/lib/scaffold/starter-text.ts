/**
 * The text of the files `npm run new` writes, in each built-in language, so that a new
 * campaign reads naturally in every locale from the first build. Placeholders say plainly
 * what to write in their place.
 */
import type { BuiltInLocale } from '../../i18n/ui/feature.ts';

/** The starter text of one language. `{date}` is the day in the language's own words. */
export interface StarterText {
  tagline: string;
  home: { description: string; body: string };
  help: { title: string; description: string; body: string };
  page: { description: string; body: string };
  toolkit: {
    summary: string;
    objective: string;
    term: string;
    definition: string;
    intro: string;
    activity: string;
    activityIntro: string;
    materials: string;
    steps: readonly string[];
    question: string;
    worksheet: string;
    worksheetBody: string;
  };
}

const STARTER_TEXT: Readonly<Record<BuiltInLocale, StarterText>> = {
  en: {
    tagline: 'Together for a better internet',
    home: {
      description:
        'Safer Internet Day is on {date}: ideas for young people, families and schools, and where to get help.',
      body: 'Safer Internet Day is a day to think together about how to make the internet safer and better for children and young people. Take part at home, at school or with friends.\n\n## Where to get help\n\nIf something online worries you, you do not have to deal with it alone: [find out who can help](get-help/).',
    },
    help: {
      title: 'Get help',
      description: 'Who to contact if something online worries you or a child you know.',
      body: 'If something online has scared or upset you, you do not have to deal with it alone. Talk to an adult you trust, or contact one of the services below.\n\n**If a child is in danger right now, call your local emergency number or the police.**',
    },
    page: {
      description: 'Write one sentence about this page here: it is shown in search results and link previews.',
      body: 'Write this page here in Markdown. campaigns/README.md shows every component you can use, and how to cite a source.',
    },
    toolkit: {
      summary:
        'A {minutes}-minute session ({audience}). Say here in one or two sentences what the pack is and who it is for.',
      objective: 'Learners can name one thing they will do differently online.',
      term: 'Trusted adult',
      definition: 'A grown-up you feel safe with and who would help you, such as a parent, carer or teacher.',
      intro: 'Say here what this session is about and how its activities fit together.',
      activity: 'Getting started',
      activityIntro: 'Say in one or two sentences what this activity is for.',
      materials: 'Paper; pens',
      steps: [
        'Explain the activity to the group.',
        'Learners talk about it in pairs.',
        'Each pair shares one idea with the whole group.',
      ],
      question: 'What is one thing you learned today?',
      worksheet: 'My ideas',
      worksheetBody: 'Write or draw your ideas.',
    },
  },
  fr: {
    tagline: 'Ensemble pour un meilleur Internet',
    home: {
      description:
        'La Journée pour un Internet plus sûr a lieu le {date} : des idées pour les jeunes, les familles et les écoles, et où trouver de l’aide.',
      body: 'La Journée pour un Internet plus sûr est l’occasion de réfléchir ensemble à un Internet plus sûr et meilleur pour les enfants et les jeunes. Participez à la maison, à l’école ou entre amis.\n\n## Où trouver de l’aide\n\nSi quelque chose en ligne vous inquiète, vous n’êtes pas seul : [découvrez qui peut vous aider](get-help/).',
    },
    help: {
      title: 'Trouver de l’aide',
      description:
        'Qui contacter si quelque chose en ligne vous inquiète, pour vous ou pour un enfant que vous connaissez.',
      body: 'Si quelque chose en ligne vous a fait peur ou vous a blessé, vous n’avez pas à y faire face seul. Parlez-en à un adulte de confiance ou contactez l’un des services ci-dessous.\n\n**Si un enfant est en danger en ce moment, appelez le numéro d’urgence local ou la police.**',
    },
    page: {
      description:
        'Écrivez ici une phrase sur cette page : elle apparaît dans les résultats de recherche et les aperçus de liens.',
      body: 'Écrivez cette page ici en Markdown. campaigns/README.md présente tous les composants disponibles et la façon de citer une source.',
    },
    toolkit: {
      summary:
        'Une séance de {minutes} minutes ({audience}). Dites ici en une ou deux phrases ce qu’est ce kit et à qui il s’adresse.',
      objective: 'Les élèves savent nommer une chose qu’ils feront autrement en ligne.',
      term: 'Adulte de confiance',
      definition:
        'Une grande personne avec qui tu te sens en sécurité et qui t’aiderait, comme un parent, un proche ou un enseignant.',
      intro: 'Dites ici de quoi parle cette séance et comment ses activités s’enchaînent.',
      activity: 'Pour commencer',
      activityIntro: 'Dites en une ou deux phrases à quoi sert cette activité.',
      materials: 'Papier ; stylos',
      steps: [
        'Expliquez l’activité au groupe.',
        'Les élèves en parlent par deux.',
        'Chaque binôme partage une idée avec tout le groupe.',
      ],
      question: 'Qu’avez-vous appris aujourd’hui ?',
      worksheet: 'Mes idées',
      worksheetBody: 'Écris ou dessine tes idées.',
    },
  },
  es: {
    tagline: 'Juntos por una internet mejor',
    home: {
      description:
        'El Día de Internet Segura es el {date}: ideas para jóvenes, familias y escuelas, y dónde encontrar ayuda.',
      body: 'El Día de Internet Segura es un día para pensar juntos cómo hacer que internet sea más segura y mejor para niños, niñas y jóvenes. Participa en casa, en la escuela o con tus amistades.\n\n## Dónde encontrar ayuda\n\nSi algo en internet te preocupa, no tienes que afrontarlo a solas: [descubre quién puede ayudarte](get-help/).',
    },
    help: {
      title: 'Buscar ayuda',
      description: 'A quién acudir si algo en internet te preocupa a ti o a un niño o niña que conoces.',
      body: 'Si algo en internet te ha asustado o te ha hecho daño, no tienes que afrontarlo a solas. Habla con una persona adulta de confianza o contacta con uno de los servicios siguientes.\n\n**Si un niño o una niña está en peligro ahora mismo, llama al número de emergencias local o a la policía.**',
    },
    page: {
      description:
        'Escribe aquí una frase sobre esta página: se muestra en los resultados de búsqueda y en las vistas previas de enlaces.',
      body: 'Escribe aquí esta página en Markdown. campaigns/README.md muestra todos los componentes que puedes usar y cómo citar una fuente.',
    },
    toolkit: {
      summary:
        'Una sesión de {minutes} minutos ({audience}). Explica aquí en una o dos frases qué es este material y a quién se dirige.',
      objective: 'El alumnado sabe nombrar algo que hará de otra manera en internet.',
      term: 'Persona adulta de confianza',
      definition:
        'Una persona mayor con la que te sientes seguro o segura y que te ayudaría, como tu madre, tu padre, un familiar o un docente.',
      intro: 'Explica aquí de qué trata esta sesión y cómo encajan sus actividades.',
      activity: 'Para empezar',
      activityIntro: 'Explica en una o dos frases para qué sirve esta actividad.',
      materials: 'Papel; bolígrafos',
      steps: [
        'Explica la actividad al grupo.',
        'El alumnado lo comenta en parejas.',
        'Cada pareja comparte una idea con todo el grupo.',
      ],
      question: '¿Qué has aprendido hoy?',
      worksheet: 'Mis ideas',
      worksheetBody: 'Escribe o dibuja tus ideas.',
    },
  },
  ar: {
    tagline: 'معًا من أجل إنترنت أفضل',
    home: {
      description: 'يوم الإنترنت الأكثر أمانًا هو {date}: أفكار للشباب والأسر والمدارس، وأين تجد المساعدة.',
      body: 'يوم الإنترنت الأكثر أمانًا فرصة لنفكر معًا في كيف نجعل الإنترنت أكثر أمانًا وأفضل للأطفال والشباب. شارك في البيت أو في المدرسة أو مع أصدقائك.\n\n## أين تجد المساعدة\n\nإذا أقلقك شيء على الإنترنت، فلست وحدك: [اعرف من يمكنه مساعدتك](get-help/).',
    },
    help: {
      title: 'اطلب المساعدة',
      description: 'بمن تتصل إذا أقلقك شيء على الإنترنت، أو أقلق طفلًا تعرفه.',
      body: 'إذا أخافك شيء على الإنترنت أو أزعجك، فلا داعي لأن تواجهه وحدك. تحدث إلى شخص بالغ تثق به، أو اتصل بإحدى الجهات المذكورة أدناه.\n\n**إذا كان طفل في خطر الآن، فاتصل برقم الطوارئ المحلي أو بالشرطة.**',
    },
    page: {
      description: 'اكتب هنا جملة واحدة عن هذه الصفحة: تظهر في نتائج البحث وفي معاينات الروابط.',
      body: 'اكتب هذه الصفحة هنا بلغة Markdown. يعرض الملف campaigns/README.md كل المكونات التي يمكنك استخدامها وطريقة الاستشهاد بالمصادر.',
    },
    toolkit: {
      summary: 'جلسة مدتها {minutes} دقيقة ({audience}). اكتب هنا في جملة أو جملتين ما هذه الحقيبة ولمن هي.',
      objective: 'يستطيع المتعلمون ذكر شيء واحد سيفعلونه بطريقة مختلفة على الإنترنت.',
      term: 'شخص بالغ موثوق',
      definition: 'شخص كبير تشعر بالأمان معه ويمكنه مساعدتك، مثل أحد الوالدين أو أحد الأقارب أو المعلم.',
      intro: 'اكتب هنا موضوع هذه الجلسة وكيف تترابط أنشطتها.',
      activity: 'لنبدأ',
      activityIntro: 'اكتب في جملة أو جملتين الغرض من هذا النشاط.',
      materials: 'ورق؛ أقلام',
      steps: ['اشرح النشاط للمجموعة.', 'يتحدث المتعلمون عنه في أزواج.', 'يشارك كل زوج فكرة واحدة مع المجموعة كلها.'],
      question: 'ما الشيء الذي تعلمته اليوم؟',
      worksheet: 'أفكاري',
      worksheetBody: 'اكتب أفكارك أو ارسمها.',
    },
  },
  ru: {
    tagline: 'Вместе за лучший Интернет',
    home: {
      description: 'День безопасного Интернета: {date}. Идеи для молодёжи, семей и школ и куда обратиться за помощью.',
      body: 'День безопасного Интернета — повод вместе подумать о том, как сделать Интернет безопаснее и лучше для детей и молодёжи. Участвуйте дома, в школе или с друзьями.\n\n## Куда обратиться за помощью\n\nЕсли что-то в Интернете вас тревожит, вы не одни: [узнайте, кто может помочь](get-help/).',
    },
    help: {
      title: 'Получить помощь',
      description: 'Куда обратиться, если что-то в Интернете тревожит вас или знакомого вам ребёнка.',
      body: 'Если что-то в Интернете вас напугало или расстроило, не нужно справляться с этим в одиночку. Поговорите со взрослым, которому вы доверяете, или обратитесь в одну из служб ниже.\n\n**Если ребёнок в опасности прямо сейчас, позвоните в местную экстренную службу или в полицию.**',
    },
    page: {
      description:
        'Напишите здесь одно предложение об этой странице: оно показывается в результатах поиска и в превью ссылок.',
      body: 'Напишите эту страницу здесь в формате Markdown. В campaigns/README.md описаны все компоненты и то, как ссылаться на источники.',
    },
    toolkit: {
      summary:
        'Занятие на {minutes} минут ({audience}). Опишите здесь в одном-двух предложениях, что это за материалы и для кого они.',
      objective: 'Учащиеся могут назвать одно, что они будут делать в Интернете иначе.',
      term: 'Взрослый, которому доверяешь',
      definition:
        'Взрослый человек, с которым ты чувствуешь себя в безопасности и который поможет, например родитель, родственник или учитель.',
      intro: 'Опишите здесь, о чём это занятие и как связаны его задания.',
      activity: 'Начнём',
      activityIntro: 'Опишите в одном-двух предложениях, зачем нужно это задание.',
      materials: 'Бумага; ручки',
      steps: [
        'Объясните задание группе.',
        'Учащиеся обсуждают его в парах.',
        'Каждая пара делится одной идеей со всей группой.',
      ],
      question: 'Что нового вы сегодня узнали?',
      worksheet: 'Мои идеи',
      worksheetBody: 'Напиши или нарисуй свои идеи.',
    },
  },
  zh: {
    tagline: '携手共建更美好的互联网',
    home: {
      description: '更安全互联网日是{date}：为青少年、家庭和学校提供的建议，以及求助渠道。',
      body: '更安全互联网日是一起思考如何让互联网对儿童和青少年更安全、更美好的日子。欢迎在家里、在学校或和朋友一起参与。\n\n## 在哪里寻求帮助\n\n如果网上的事情让你担心，你不必独自面对：[看看谁能帮助你](get-help/)。',
    },
    help: {
      title: '寻求帮助',
      description: '如果网上的事情让你或你认识的孩子担心，可以联系谁。',
      body: '如果网上的事情让你害怕或难过，你不必独自面对。和你信任的成年人谈一谈，或联系下面的服务机构。\n\n**如果有孩子正处于危险之中，请立即拨打当地紧急电话或报警。**',
    },
    page: {
      description: '在这里写一句话介绍本页：它会显示在搜索结果和链接预览中。',
      body: '请在这里用 Markdown 撰写本页。campaigns/README.md 介绍了所有可用的组件以及如何引用来源。',
    },
    toolkit: {
      summary: '{minutes}分钟课程（{audience}）。请在这里用一两句话说明这套资料是什么、适合谁。',
      objective: '学习者能说出一件今后上网时会换种做法的事。',
      term: '值得信任的成年人',
      definition: '让你感到安全、愿意帮助你的成年人，例如父母、亲戚或老师。',
      intro: '请在这里说明本课的主题，以及各项活动如何衔接。',
      activity: '开始吧',
      activityIntro: '请用一两句话说明这项活动的目的。',
      materials: '纸；笔',
      steps: ['向小组说明活动内容。', '学习者两人一组进行讨论。', '每组与全体分享一个想法。'],
      question: '你今天学到了什么？',
      worksheet: '我的想法',
      worksheetBody: '写下或画出你的想法。',
    },
  },
};

/** The starter text of a locale; English for a locale sidkit has no starter text for. */
export function starterText(locale: string): StarterText {
  return STARTER_TEXT[locale as BuiltInLocale] ?? STARTER_TEXT.en;
}
