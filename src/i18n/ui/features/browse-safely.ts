/**
 * UI strings of the "Browse safely" page that the quick-exit bar links to: how to keep a
 * visit to a help page private on a shared or watched device, and what the quick exit
 * cannot do. Written for children and teenagers: short sentences, calm, no numbers.
 */
import { defineFeatureStrings } from '../feature.ts';

/** Strings of the "Browse safely" page and the bar's link to it, in every built-in language. */
export const browseSafely = defineFeatureStrings({
  ar: {
    'browseSafely.link': 'تصفّح بأمان',
    'browseSafely.title': 'تصفّح بأمان',
    'browseSafely.description':
      'كيف تُبقي زياراتك لصفحات المساعدة خاصة على هاتف أو حاسوب مشترك، وما الذي لا يفعله زر المغادرة السريعة.',
    'browseSafely.intro':
      'إذا كنت تتشارك هاتفاً أو جهازاً لوحياً أو حاسوباً مع غيرك، أو كان أحد يتفقّد ما تفعله على الإنترنت، فهذه الخطوات تساعدك على إبقاء زياراتك لصفحات المساعدة خاصة بك.',
    'browseSafely.privateTitle': 'استخدم نافذة تصفّح خاصة',
    'browseSafely.privateText':
      'النافذة الخاصة (وتُسمّى أحياناً «التصفّح المتخفّي») لا تحفظ الصفحات التي تزورها في السجلّ بعد إغلاقها. افتحها من قائمة المتصفّح، وأغلقها حين تنتهي.',
    'browseSafely.historyTitle': 'امسح سجلّ التصفّح',
    'browseSafely.historyText':
      'إذا لم تستخدم نافذة خاصة، يمكنك حذف صفحات هذا الموقع من سجلّ المتصفّح. ابحث عن «السجلّ» في قائمة المتصفّح أو في إعدادات الخصوصية.',
    'browseSafely.historyCaution':
      'قد يلاحظ أحدهم أن السجلّ صار فارغاً فجأة. إن كان هذا يقلقك، فاحذف صفحات هذا الموقع وحدها بدلاً من مسح كل شيء.',
    'browseSafely.sharedTitle': 'على جهاز مشترك',
    'browseSafely.sharedText':
      'سجّل الخروج من حساباتك حين تنتهي، ولا تدع المتصفّح يحفظ كلمات المرور، وأغلق كل النوافذ. تذكّر أن تطبيقات أخرى، مثل تطبيقات المراسلة أو البحث في الجهاز، قد تُظهر ما فعلته أيضاً.',
    'browseSafely.exitTitle': 'ما يفعله زر «غادر هذا الموقع بسرعة» وما لا يفعله',
    'browseSafely.exitText':
      'الزر، أو الضغط على مفتاح Shift ثلاث مرات، ينقلك فوراً إلى صفحة عادية، مثل البحث عن الطقس، ويُخرج الصفحة التي كنت فيها من قائمة زر الرجوع.',
    'browseSafely.exitLimit':
      'لكنه لا يمسح سجلّ التصفّح: الصفحات التي زرتها قبلها تبقى فيه. استخدم نافذة خاصة أو امسح السجلّ أيضاً.',
    'browseSafely.helpTitle': 'إذا شعرت بعدم الأمان',
    'browseSafely.helpText': 'لست وحدك. تحدّث إلى شخص بالغ تثق به، أو اتصل بخط مساعدة الأطفال.',
    'browseSafely.helpLink': 'أين تجد المساعدة',
  },
  en: {
    'browseSafely.link': 'Browse safely',
    'browseSafely.title': 'Browse safely',
    'browseSafely.description':
      'How to keep visits to help pages private on a shared phone or computer, and what the quick exit does not do.',
    'browseSafely.intro':
      'If you share a phone, tablet or computer, or someone checks what you do online, these steps help you keep your visits to help pages to yourself.',
    'browseSafely.privateTitle': 'Use a private window',
    'browseSafely.privateText':
      'A private window (some browsers call it incognito) does not keep the pages you visit in the history once you close it. Open one from the browser’s menu, and close it when you are done.',
    'browseSafely.historyTitle': 'Clear your history',
    'browseSafely.historyText':
      'If you did not use a private window, you can delete this site’s pages from the browser’s history. Look for History in the browser’s menu, or in its privacy settings.',
    'browseSafely.historyCaution':
      'Someone may notice if the history is suddenly empty. If that worries you, delete only this site’s pages rather than everything.',
    'browseSafely.sharedTitle': 'On a shared device',
    'browseSafely.sharedText':
      'Log out of your accounts when you finish, do not let the browser save your passwords, and close every tab. Remember that other apps, such as messaging apps or the device’s own search, can show what you did too.',
    'browseSafely.exitTitle': 'What “Leave this site quickly” does, and what it does not',
    'browseSafely.exitText':
      'The button, or pressing Shift three times, takes you straight to an ordinary page, such as a weather search, and takes the page you were on out of the Back button’s list.',
    'browseSafely.exitLimit':
      'It does not erase your history: pages you visited before are still there. Use a private window or clear your history as well.',
    'browseSafely.helpTitle': 'If you feel unsafe',
    'browseSafely.helpText': 'You are not on your own. Talk to an adult you trust, or call a child helpline.',
    'browseSafely.helpLink': 'Where to get help',
  },
  es: {
    'browseSafely.link': 'Navega con seguridad',
    'browseSafely.title': 'Navega con seguridad',
    'browseSafely.description':
      'Cómo mantener en privado tus visitas a páginas de ayuda en un móvil u ordenador compartido, y lo que la salida rápida no hace.',
    'browseSafely.intro':
      'Si compartes un móvil, una tableta o un ordenador, o alguien revisa lo que haces en internet, estos pasos te ayudan a que tus visitas a páginas de ayuda queden entre tú y nadie más.',
    'browseSafely.privateTitle': 'Usa una ventana privada',
    'browseSafely.privateText':
      'Una ventana privada (algunos navegadores la llaman de incógnito) no guarda en el historial las páginas que visitas una vez que la cierras. Ábrela desde el menú del navegador y ciérrala cuando termines.',
    'browseSafely.historyTitle': 'Borra tu historial',
    'browseSafely.historyText':
      'Si no usaste una ventana privada, puedes borrar las páginas de este sitio del historial del navegador. Busca «Historial» en el menú del navegador o en sus ajustes de privacidad.',
    'browseSafely.historyCaution':
      'Alguien podría notar que el historial está vacío de repente. Si eso te preocupa, borra solo las páginas de este sitio en lugar de todo.',
    'browseSafely.sharedTitle': 'En un dispositivo compartido',
    'browseSafely.sharedText':
      'Cierra la sesión de tus cuentas al terminar, no dejes que el navegador guarde tus contraseñas y cierra todas las pestañas. Recuerda que otras aplicaciones, como las de mensajería o el buscador del propio dispositivo, también pueden mostrar lo que hiciste.',
    'browseSafely.exitTitle': 'Lo que hace «Salir rápido de este sitio», y lo que no',
    'browseSafely.exitText':
      'El botón, o pulsar Mayús tres veces, te lleva enseguida a una página corriente, como una búsqueda del tiempo, y quita la página en la que estabas de la lista del botón Atrás.',
    'browseSafely.exitLimit':
      'No borra tu historial: las páginas que visitaste antes siguen ahí. Usa también una ventana privada o borra el historial.',
    'browseSafely.helpTitle': 'Si no te sientes seguro o segura',
    'browseSafely.helpText':
      'No estás solo ni sola. Habla con un adulto de confianza o llama a una línea de ayuda a la infancia.',
    'browseSafely.helpLink': 'Dónde pedir ayuda',
  },
  fr: {
    'browseSafely.link': 'Naviguer en sécurité',
    'browseSafely.title': 'Naviguer en sécurité',
    'browseSafely.description':
      'Comment garder pour soi ses visites sur des pages d’aide sur un téléphone ou un ordinateur partagé, et ce que la sortie rapide ne fait pas.',
    'browseSafely.intro':
      'Si tu partages un téléphone, une tablette ou un ordinateur, ou si quelqu’un regarde ce que tu fais en ligne, ces gestes t’aident à garder pour toi tes visites sur des pages d’aide.',
    'browseSafely.privateTitle': 'Utilise une fenêtre privée',
    'browseSafely.privateText':
      'Une fenêtre de navigation privée (certains navigateurs disent « incognito ») ne garde pas dans l’historique les pages que tu as vues, une fois fermée. Ouvre-la depuis le menu du navigateur et ferme-la quand tu as fini.',
    'browseSafely.historyTitle': 'Efface ton historique',
    'browseSafely.historyText':
      'Si tu n’as pas utilisé de fenêtre privée, tu peux supprimer les pages de ce site de l’historique du navigateur. Cherche « Historique » dans le menu du navigateur ou dans ses paramètres de confidentialité.',
    'browseSafely.historyCaution':
      'Quelqu’un pourrait remarquer un historique soudain vide. Si cela t’inquiète, supprime seulement les pages de ce site plutôt que tout.',
    'browseSafely.sharedTitle': 'Sur un appareil partagé',
    'browseSafely.sharedText':
      'Déconnecte-toi de tes comptes quand tu as fini, ne laisse pas le navigateur enregistrer tes mots de passe et ferme tous les onglets. D’autres applications, comme les messageries ou la recherche de l’appareil, peuvent aussi montrer ce que tu as fait.',
    'browseSafely.exitTitle': 'Ce que fait « Quitter ce site rapidement », et ce qu’il ne fait pas',
    'browseSafely.exitText':
      'Le bouton, ou trois appuis sur Maj, t’emmène tout de suite vers une page ordinaire, comme une recherche météo, et retire la page où tu étais de la liste du bouton Retour.',
    'browseSafely.exitLimit':
      'Il n’efface pas ton historique : les pages visitées avant y sont toujours. Utilise aussi une fenêtre privée ou efface l’historique.',
    'browseSafely.helpTitle': 'Si tu ne te sens pas en sécurité',
    'browseSafely.helpText':
      'Tu n’es pas seul ou seule. Parle à un adulte de confiance ou appelle une ligne d’écoute pour enfants.',
    'browseSafely.helpLink': 'Où trouver de l’aide',
  },
  ru: {
    'browseSafely.link': 'Безопасный просмотр',
    'browseSafely.title': 'Как пользоваться интернетом безопасно',
    'browseSafely.description':
      'Как сохранить в тайне посещение страниц помощи на общем телефоне или компьютере и чего не делает кнопка быстрого выхода.',
    'browseSafely.intro':
      'Если ты пользуешься телефоном, планшетом или компьютером вместе с кем-то или кто-то проверяет, что ты делаешь в интернете, эти шаги помогут никому не показывать, какие страницы помощи ты открывал или открывала.',
    'browseSafely.privateTitle': 'Открой приватное окно',
    'browseSafely.privateText':
      'Приватное окно (в некоторых браузерах — режим инкогнито) не сохраняет в истории страницы, которые ты посетил или посетила, после того как его закроешь. Открой его в меню браузера и закрой, когда закончишь.',
    'browseSafely.historyTitle': 'Очисти историю',
    'browseSafely.historyText':
      'Если ты не пользовался или не пользовалась приватным окном, можно удалить страницы этого сайта из истории браузера. Найди «Историю» в меню браузера или в настройках конфиденциальности.',
    'browseSafely.historyCaution':
      'Кто-то может заметить, что история вдруг опустела. Если это тебя беспокоит, удали только страницы этого сайта, а не всё подряд.',
    'browseSafely.sharedTitle': 'На общем устройстве',
    'browseSafely.sharedText':
      'Выходи из своих аккаунтов, когда закончишь, не разрешай браузеру запоминать пароли и закрывай все вкладки. Помни, что другие приложения, например мессенджеры или поиск на самом устройстве, тоже могут показать, что ты делал или делала.',
    'browseSafely.exitTitle': 'Что делает кнопка «Быстро покинуть сайт», а чего не делает',
    'browseSafely.exitText':
      'Кнопка или три нажатия Shift сразу переводят тебя на обычную страницу, например поиск прогноза погоды, и убирают страницу, где ты был или была, из списка кнопки «Назад».',
    'browseSafely.exitLimit':
      'Историю она не стирает: страницы, которые ты открывал или открывала раньше, в ней остаются. Поэтому тоже пользуйся приватным окном или очищай историю.',
    'browseSafely.helpTitle': 'Если тебе тревожно или небезопасно',
    'browseSafely.helpText':
      'Ты не один и не одна. Поговори со взрослым, которому доверяешь, или позвони на детский телефон доверия.',
    'browseSafely.helpLink': 'Куда обратиться за помощью',
  },
  zh: {
    'browseSafely.link': '安全浏览',
    'browseSafely.title': '安全浏览',
    'browseSafely.description': '在共用的手机或电脑上，怎样不让别人知道你看过求助页面，以及快速离开按钮做不到什么。',
    'browseSafely.intro':
      '如果你和别人共用手机、平板或电脑，或者有人会查看你在网上做了什么，下面这些做法可以帮你不让别人知道你看过求助页面。',
    'browseSafely.privateTitle': '使用隐私窗口',
    'browseSafely.privateText':
      '隐私窗口（有些浏览器叫“无痕模式”）关闭以后，不会在历史记录里留下你看过的页面。在浏览器菜单里打开它，用完就关掉。',
    'browseSafely.historyTitle': '清除历史记录',
    'browseSafely.historyText':
      '如果你没有用隐私窗口，可以把本网站的页面从浏览器的历史记录里删掉。在浏览器菜单或隐私设置里找“历史记录”。',
    'browseSafely.historyCaution':
      '历史记录突然变空，可能会被人发现。如果你担心这一点，只删除本网站的页面，不要全部清空。',
    'browseSafely.sharedTitle': '在共用的设备上',
    'browseSafely.sharedText':
      '用完后退出你的账号，不要让浏览器保存密码，并关闭所有标签页。别忘了，其他应用，比如聊天软件或设备自带的搜索，也可能显示你做过什么。',
    'browseSafely.exitTitle': '“快速离开本网站”能做什么，不能做什么',
    'browseSafely.exitText':
      '点这个按钮，或连按三次 Shift 键，会马上带你去一个普通页面，比如天气搜索，并把你刚才看的页面从“返回”按钮的记录里去掉。',
    'browseSafely.exitLimit': '但它不会清除历史记录：你之前看过的页面还在里面。所以也请使用隐私窗口，或清除历史记录。',
    'browseSafely.helpTitle': '如果你觉得不安全',
    'browseSafely.helpText': '你不是一个人。和你信任的大人谈一谈，或者打儿童求助热线。',
    'browseSafely.helpLink': '到哪里求助',
  },
});
