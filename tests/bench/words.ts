/**
 * Word lists for synthetic content, one per locale the benchmark publishes in. The words
 * are on the campaign's subject so that the search index sees realistic vocabulary, and
 * each language is written in its own script (Arabic right to left, Chinese unspaced) so
 * that Pagefind's stemming and segmentation do their real work.
 */

/** How a language joins words into sentences. */
export interface Language {
  /** Words of the language; sentences are drawn from these. */
  words: readonly string[];
  /** Between words: a space, or nothing for Chinese. */
  space: string;
  /** Ends a sentence. */
  stop: string;
  /** Capitalise the first letter of a sentence (Latin and Cyrillic scripts). */
  capitalise: boolean;
  /** The campaign's name and tagline in this language, for campaign.yaml. */
  title: string;
  tagline: string;
}

export const BENCH_LOCALES = ['en', 'fr', 'es', 'ar', 'zh', 'ru'] as const;
export type BenchLocale = (typeof BENCH_LOCALES)[number];

export const LANGUAGES: Readonly<Record<BenchLocale, Language>> = {
  en: {
    space: ' ',
    stop: '.',
    capitalise: true,
    title: 'Safer Internet Day benchmark',
    tagline: 'Together for a safer internet for every child',
    words:
      'internet children young people parents carers teachers school online safety privacy settings password account message friend game video photo share report block help trusted adult kindness respect rights protection awareness campaign day learning talk listen support helpline network device phone tablet app platform community family classroom lesson activity question answer worry feeling secret surprise stranger profile comment post stream chat group rules promise together everyone world digital skills critical thinking information news advert cookie data consent image abuse prevention recovery justice cooperation business responsibility wellbeing balance screen time sleep play create explore discover'.split(
        ' ',
      ),
  },
  fr: {
    space: ' ',
    stop: '.',
    capitalise: true,
    title: 'Banc d’essai de la Journée pour un Internet plus sûr',
    tagline: 'Ensemble pour un Internet plus sûr pour chaque enfant',
    words:
      'internet enfants jeunes parents éducateurs enseignants école en ligne sécurité vie privée paramètres mot de passe compte message ami jeu vidéo photo partager signaler bloquer aide adulte de confiance gentillesse respect droits protection sensibilisation campagne journée apprentissage parler écouter soutien ligne d’écoute réseau appareil téléphone tablette application plateforme communauté famille classe leçon activité question réponse inquiétude sentiment secret surprise inconnu profil commentaire publication discussion groupe règles promesse ensemble monde numérique compétences esprit critique information actualité publicité données consentement image abus prévention rétablissement justice coopération entreprise responsabilité bien-être équilibre écran sommeil jouer créer explorer découvrir'.split(
        ' ',
      ),
  },
  es: {
    space: ' ',
    stop: '.',
    capitalise: true,
    title: 'Banco de pruebas del Día de Internet Segura',
    tagline: 'Juntos por una Internet más segura para cada niño y niña',
    words:
      'internet niños niñas jóvenes padres madres docentes escuela en línea seguridad privacidad ajustes contraseña cuenta mensaje amigo juego vídeo foto compartir denunciar bloquear ayuda adulto de confianza amabilidad respeto derechos protección concienciación campaña día aprendizaje hablar escuchar apoyo línea de ayuda red dispositivo teléfono tableta aplicación plataforma comunidad familia aula lección actividad pregunta respuesta preocupación sentimiento secreto sorpresa desconocido perfil comentario publicación chat grupo normas promesa juntos mundo digital habilidades pensamiento crítico información noticias anuncio datos consentimiento imagen abuso prevención recuperación justicia cooperación empresa responsabilidad bienestar equilibrio pantalla sueño jugar crear explorar descubrir'.split(
        ' ',
      ),
  },
  ar: {
    space: ' ',
    stop: '.',
    capitalise: false,
    title: 'اختبار أداء يوم الإنترنت الأكثر أمانًا',
    tagline: 'معًا من أجل إنترنت أكثر أمانًا لكل طفل',
    words:
      'الإنترنت الأطفال الشباب الآباء الأمهات المعلمون المدرسة على الإنترنت السلامة الخصوصية الإعدادات كلمة المرور الحساب الرسالة الصديق اللعبة الفيديو الصورة المشاركة الإبلاغ الحظر المساعدة شخص بالغ موثوق اللطف الاحترام الحقوق الحماية التوعية الحملة اليوم التعلم التحدث الاستماع الدعم خط المساعدة الشبكة الجهاز الهاتف الجهاز اللوحي التطبيق المنصة المجتمع الأسرة الفصل الدرس النشاط السؤال الجواب القلق الشعور السر المفاجأة الغريب الملف الشخصي التعليق المنشور الدردشة المجموعة القواعد الوعد معًا العالم الرقمي المهارات التفكير النقدي المعلومات الأخبار الإعلان البيانات الموافقة الصورة الإساءة الوقاية التعافي العدالة التعاون الشركات المسؤولية الرفاه التوازن الشاشة النوم اللعب الإبداع الاستكشاف الاكتشاف'.split(
        ' ',
      ),
  },
  zh: {
    space: '',
    stop: '。',
    capitalise: false,
    title: '更安全互联网日基准测试',
    tagline: '携手为每个孩子营造更安全的互联网',
    words:
      '互联网 儿童 青少年 父母 照顾者 教师 学校 网上 安全 隐私 设置 密码 账户 消息 朋友 游戏 视频 照片 分享 举报 屏蔽 帮助 可信赖的成年人 善意 尊重 权利 保护 意识 宣传活动 节日 学习 交谈 倾听 支持 求助热线 网络 设备 手机 平板电脑 应用程序 平台 社区 家庭 课堂 课程 活动 问题 回答 担心 感受 秘密 惊喜 陌生人 个人资料 评论 帖子 聊天 群组 规则 承诺 一起 世界 数字 技能 批判性思维 信息 新闻 广告 数据 同意 图像 虐待 预防 康复 司法 合作 企业 责任 身心健康 平衡 屏幕时间 睡眠 玩耍 创造 探索 发现'.split(
        ' ',
      ),
  },
  ru: {
    space: ' ',
    stop: '.',
    capitalise: true,
    title: 'Тест производительности Дня безопасного Интернета',
    tagline: 'Вместе за безопасный Интернет для каждого ребёнка',
    words:
      'интернет дети подростки родители опекуны учителя школа онлайн безопасность конфиденциальность настройки пароль аккаунт сообщение друг игра видео фотография делиться пожаловаться заблокировать помощь взрослый которому доверяешь доброта уважение права защита осведомлённость кампания день обучение говорить слушать поддержка телефон доверия сеть устройство телефон планшет приложение платформа сообщество семья класс урок занятие вопрос ответ тревога чувство секрет сюрприз незнакомец профиль комментарий публикация чат группа правила обещание вместе мир цифровой навыки критическое мышление информация новости реклама данные согласие изображение насилие профилактика восстановление правосудие сотрудничество бизнес ответственность благополучие баланс экран сон играть создавать исследовать открывать'.split(
        ' ',
      ),
  },
};
