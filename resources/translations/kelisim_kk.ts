<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>the agreement to mediate cannot be dated {day}: that is after today ({today})</source>
        <translation>медиация туралы шарттың күні {day} бола алмайды: бұл бүгінгі күннен ({today}) кейін</translation>
    </message>
    <message>
        <source>a session cannot be dated {day}: that is after today ({today})</source>
        <translation>медиация кездесуінің күні {day} бола алмайды: бұл бүгінгі күннен ({today}) кейін</translation>
    </message>
    <message>
        <source>the closing cannot be dated {day}: that is after today ({today})</source>
        <translation>істің жабылған күні {day} бола алмайды: бұл бүгінгі күннен ({today}) кейін</translation>
    </message>
    <message>
        <source>unknown category {category}</source>
        <translation>белгісіз санат: {category}</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>толтыру қажет</translation>
    </message>
    <message>
        <source>the same mediator is named twice</source>
        <translation>бір медиатор екі рет көрсетілген</translation>
    </message>
    <message>
        <source>is before the registration date</source>
        <translation>тіркелген күнінен бұрын</translation>
    </message>
    <message>
        <source>is after the case was closed</source>
        <translation>іс жабылған күннен кейін</translation>
    </message>
    <message>
        <source>names someone who is not a party to this case</source>
        <translation>осы істің тарапы емес адам көрсетілген</translation>
    </message>
    <message>
        <source>a dispute needs at least two parties</source>
        <translation>дауда кемінде екі тарап болуы керек</translation>
    </message>
    <message>
        <source>needs an applicant and at least one other party</source>
        <translation>өтініш беруші және кемінде бір екінші тарап қажет</translation>
    </message>
    <message>
        <source>the same IIN/BIN is given for two parties</source>
        <translation>екі тарапқа бірдей ЖСН/БСН көрсетілген</translation>
    </message>
    <message>
        <source>is required once mediation has started</source>
        <translation>медиация басталғаннан кейін толтыру қажет</translation>
    </message>
    <message>
        <source>is required for a closed case</source>
        <translation>жабылған іс үшін толтыру қажет</translation>
    </message>
    <message>
        <source>is before the case was registered or mediation began</source>
        <translation>іс тіркелген немесе медиация басталған күннен бұрын</translation>
    </message>
    <message>
        <source>only a closed case has an outcome</source>
        <translation>нәтиже тек жабылған істе болады</translation>
    </message>
    <message>
        <source>only a settled or partly settled case has agreed terms</source>
        <translation>міндеттемелер тек реттелген немесе ішінара реттелген істе болады</translation>
    </message>
    <message>
        <source>must be a party to this case</source>
        <translation>осы істің тарапы болуы керек</translation>
    </message>
    <message>
        <source>cannot be the debtor</source>
        <translation>борышкермен бір тұлға бола алмайды</translation>
    </message>
    <message>
        <source>is before the agreement was reached</source>
        <translation>келісім жасалған күннен бұрын</translation>
    </message>
    <message>
        <source>is required once the term is fulfilled</source>
        <translation>міндеттеме орындалған болса, толтыру қажет</translation>
    </message>
    <message>
        <source>must be a sum from 0 to 999 999 999 999 tenge</source>
        <translation>0-ден 999 999 999 999 теңгеге дейінгі сома болуы керек</translation>
    </message>
    <message>
        <source>has more than two digits after the decimal point</source>
        <translation>үтірден кейін екі цифрдан артық жазылған</translation>
    </message>
    <message>
        <source>a settlement needs at least one agreed term</source>
        <translation>дауды реттеу туралы келісімде кемінде бір міндеттеме болуы керек</translation>
    </message>
    <message>
        <source>the fulfilment cannot be dated {day}: that is after today ({today})</source>
        <translation>орындалған күн {day} бола алмайды: бұл бүгінгі күннен ({today}) кейін</translation>
    </message>
    <message>
        <source>give the date the term was fulfilled</source>
        <translation>міндеттеме орындалған күнді көрсетіңіз</translation>
    </message>
    <message>
        <source>no such agreed term in this case</source>
        <translation>бұл істе мұндай міндеттеме жоқ</translation>
    </message>
    <message>
        <source>case {number} has begun; it can be closed, not deleted</source>
        <translation>{number} нөмірлі іс бойынша жұмыс басталған: оны жоюға болмайды, тек жабуға болады</translation>
    </message>
    <message>
        <source>cannot start mediation: the case is in mediation</source>
        <translation>медиацияны бастау мүмкін емес: іс бойынша медиация жүріп жатыр</translation>
    </message>
    <message>
        <source>cannot start mediation: the case is closed</source>
        <translation>медиацияны бастау мүмкін емес: іс жабылған</translation>
    </message>
    <message>
        <source>assign a mediator before mediation can start</source>
        <translation>медиацияны бастау үшін алдымен медиаторды тағайындаңыз</translation>
    </message>
    <message>
        <source>the agreement to mediate cannot be signed before registration</source>
        <translation>медиация туралы шартқа іс тіркелгенге дейін қол қоюға болмайды</translation>
    </message>
    <message>
        <source>cannot extend the time limit: the case is registered</source>
        <translation>мерзімді ұзарту мүмкін емес: іс тек тіркелген, медиация әлі басталмаған</translation>
    </message>
    <message>
        <source>cannot extend the time limit: the case is closed</source>
        <translation>мерзімді ұзарту мүмкін емес: іс жабылған</translation>
    </message>
    <message>
        <source>the time limit ran out on {deadline}; it can no longer be extended</source>
        <translation>мерзім аяқталды ({deadline}); оны енді ұзартуға болмайды</translation>
    </message>
    <message>
        <source>the time limit was already extended {extensions} time(s); the rules allow {allowed}</source>
        <translation>мерзімді бұдан әрі ұзартуға болмайды: ол {extensions} рет ұзартылған, ережеде {allowed} рет рұқсат етілген</translation>
    </message>
    <message>
        <source>a closed case takes no more sessions</source>
        <translation>жабылған іске медиация кездесуін қосуға болмайды</translation>
    </message>
    <message>
        <source>a session cannot take place before registration</source>
        <translation>медиация кездесуі іс тіркелгенге дейін өтуі мүмкін емес</translation>
    </message>
    <message>
        <source>the case is already closed</source>
        <translation>іс жабылып қойған</translation>
    </message>
    <message>
        <source>the closing date is before the last session ({day})</source>
        <translation>істің жабылған күні соңғы медиация кездесуінен ({day}) бұрын</translation>
    </message>
    <message>
        <source>the closing date is before the mediation began</source>
        <translation>істің жабылған күні медиация басталған күннен бұрын</translation>
    </message>
    <message>
        <source>before the agreement to mediate is signed a case can only end by a party&apos;s refusal</source>
        <translation>медиация туралы шартқа қол қойылғанға дейін іс тек тараптың бас тартуымен аяқталуы мүмкін</translation>
    </message>
    <message>
        <source>the time limit has not expired</source>
        <translation>мерзім әлі өтпеген</translation>
    </message>
    <message>
        <source>the time limit (until {deadline}) has not expired</source>
        <translation>мерзім әлі өтпеген (аяқталу күні: {deadline})</translation>
    </message>
    <message>
        <source>only the terms of a settled case are fulfilled</source>
        <translation>орындалуы тек реттелген істің міндеттемелеріне белгіленеді</translation>
    </message>
    <message>
        <source>no agreed terms of this case are recorded</source>
        <translation>бұл істе бірде-бір міндеттеме жазылмаған</translation>
    </message>
    <message>
        <source>a term cannot be fulfilled before the agreement was reached</source>
        <translation>міндеттеме келісім жасалғанға дейін орындалуы мүмкін емес</translation>
    </message>
    <message>
        <source>case {number} was changed elsewhere after you opened it; open it again to see the changes</source>
        <translation>{number} нөмірлі іс Сіз ашқаннан кейін басқа жерде өзгертілді; өзгерістерді көру үшін оны қайта ашыңыз</translation>
    </message>
    <message>
        <source>{fields} of case {number} change only through the steps of the procedure (start, extend, close), not by editing</source>
        <translation>{number} нөмірлі істің мына өрістері тек рәсімнің қадамдарымен (бастау, ұзарту, жабу) өзгереді, түзету арқылы өзгермейді: {fields}</translation>
    </message>
    <message>
        <source>case {number} is numbered in {year}; its registration date must stay in that year</source>
        <translation>{number} нөмірлі іске {year} жылы нөмір берілген; оның тіркелген күні сол жылдың ішінде қалуы керек</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Тіркелді</translation>
    </message>
    <message>
        <source>In mediation</source>
        <translation>Медиация жүруде</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Жабылды</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Реттелді</translation>
    </message>
    <message>
        <source>Partly settled</source>
        <translation>Ішінара реттелді</translation>
    </message>
    <message>
        <source>Not settled</source>
        <translation>Реттелмеді</translation>
    </message>
    <message>
        <source>A party refused</source>
        <translation>Тарап бас тартты</translation>
    </message>
    <message>
        <source>Stopped by the mediator</source>
        <translation>Медиатор тоқтатты</translation>
    </message>
    <message>
        <source>Time limit expired</source>
        <translation>Медиация мерзімі өтті</translation>
    </message>
    <message>
        <source>Own application</source>
        <translation>Өз өтініші</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Полиция</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation>Прокуратура</translation>
    </message>
    <message>
        <source>Akimat</source>
        <translation>Әкімдік</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Мектеп</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Жұмыс беруші</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <source>Before court</source>
        <translation>Сотқа дейін</translation>
    </message>
    <message>
        <source>In court</source>
        <translation>Сотта</translation>
    </message>
    <message>
        <source>Enforcement</source>
        <translation>Атқарушылық іс жүргізу</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Орындалуы күтілуде</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <source>Partly fulfilled</source>
        <translation>Ішінара орындалды</translation>
    </message>
    <message>
        <source>Not fulfilled</source>
        <translation>Орындалмады</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Жеке тұлға</translation>
    </message>
    <message>
        <source>Legal entity</source>
        <translation>Заңды тұлға</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <source>Other party</source>
        <translation>Екінші тарап</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Professional mediator</source>
        <translation>Кәсіби медиатор</translation>
    </message>
    <message>
        <source>Public mediator</source>
        <translation>Қоғамдық медиатор</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Мерзімі таяу</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өтіп кетті</translation>
    </message>
    <message>
        <source>Settlement agreement</source>
        <translation>Дауды реттеу туралы келісім</translation>
    </message>
    <message>
        <source>Notice that mediation ended without settlement</source>
        <translation>Медиацияның дау реттелмей тоқтатылғаны туралы хабарлама</translation>
    </message>
    <message>
        <source>Invitation to a mediation session</source>
        <translation>Медиация кездесуіне шақыру</translation>
    </message>
    <message>
        <source>Case card</source>
        <translation>Іс карточкасы</translation>
    </message>
    <message>
        <source>Office journal</source>
        <translation>Медиация кабинетінің журналы</translation>
    </message>
    <message>
        <source>{kk} + {ru} side by side</source>
        <translation>{kk} + {ru}, қатар екі бағанда</translation>
    </message>
    <message>
        <source>BIN must have 12 digits, has {count} characters</source>
        <translation>БСН 12 цифрдан тұруы керек, ал енгізілген таңба саны: {count}</translation>
    </message>
    <message>
        <source>IIN must have 12 digits, has {count} characters</source>
        <translation>ЖСН 12 цифрдан тұруы керек, ал енгізілген таңба саны: {count}</translation>
    </message>
    <message>
        <source>BIN must contain digits only</source>
        <translation>БСН тек цифрлардан тұруы керек</translation>
    </message>
    <message>
        <source>IIN must contain digits only</source>
        <translation>ЖСН тек цифрлардан тұруы керек</translation>
    </message>
    <message>
        <source>BIN is not a valid number (no check digit exists for its first 11 digits)</source>
        <translation>мұндай БСН болмайды (алғашқы 11 цифры үшін бақылау цифры жоқ)</translation>
    </message>
    <message>
        <source>IIN is not a valid number (no check digit exists for its first 11 digits)</source>
        <translation>мұндай ЖСН болмайды (алғашқы 11 цифры үшін бақылау цифры жоқ)</translation>
    </message>
    <message>
        <source>BIN check digit does not match (a digit is mistyped)</source>
        <translation>БСН-нің бақылау цифры сәйкес келмейді (бір цифры қате терілген)</translation>
    </message>
    <message>
        <source>IIN check digit does not match (a digit is mistyped)</source>
        <translation>ЖСН-нің бақылау цифры сәйкес келмейді (бір цифры қате терілген)</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {limit} are allowed</source>
        <translation>{length} таңбадан тұрады; ең көбі {limit} таңбаға рұқсат етіледі</translation>
    </message>
    <message>
        <source>is a legal entity&apos;s BIN, not a person&apos;s IIN</source>
        <translation>бұл адамның ЖСН-і емес, заңды тұлғаның БСН-і</translation>
    </message>
    <message>
        <source>unknown language {languages}</source>
        <translation>белгісіз тіл: {languages}</translation>
    </message>
    <message>
        <source>must be 2 to 12 Latin capital letters or digits, e.g. KRG01</source>
        <translation>2–12 латынның бас әрпінен немесе цифрдан тұруы керек, мысалы, KRG01</translation>
    </message>
    <message>
        <source>may hold only digits, spaces and + - ( )</source>
        <translation>тек цифрлар, бос орындар және + - ( ) таңбалары болуы мүмкін</translation>
    </message>
    <message>
        <source>is an individual&apos;s IIN, not a BIN</source>
        <translation>бұл БСН емес, жеке тұлғаның ЖСН-і</translation>
    </message>
    <message>
        <source>is a legal entity&apos;s BIN, not an IIN</source>
        <translation>бұл ЖСН емес, заңды тұлғаның БСН-і</translation>
    </message>
    <message>
        <source>must be an object of format, deadline, categories and outcomes</source>
        <translation>format, deadline, categories және outcomes өрістері бар объект болуы керек</translation>
    </message>
    <message>
        <source>must be {expected}, is {given}</source>
        <translation>{expected} болуы керек, ал көрсетілгені: {given}</translation>
    </message>
    <message>
        <source>must be an object of days, extension_days and max_extensions</source>
        <translation>days, extension_days және max_extensions өрістері бар объект болуы керек</translation>
    </message>
    <message>
        <source>must be a whole number from {minimum} to 3650</source>
        <translation>бүтін сан болуы керек: ең азы {minimum}, ең көбі 3650</translation>
    </message>
    <message>
        <source>must be a list of abbreviations such as ТОО</source>
        <translation>қысқартулар тізімі болуы керек, мысалы, ЖШС</translation>
    </message>
    <message>
        <source>missing {keys}</source>
        <translation>жетіспейді: {keys}</translation>
    </message>
    <message>
        <source>must be a non-empty list</source>
        <translation>бос емес тізім болуы керек</translation>
    </message>
    <message>
        <source>needs a text &apos;key&apos;</source>
        <translation>мәтін түріндегі «key» өрісі қажет</translation>
    </message>
    <message>
        <source>{key}: no label in {languages}</source>
        <translation>{key}: мына тілдерде атауы жоқ: {languages}</translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation>мәтіндер тізімі болуы керек</translation>
    </message>
    <message>
        <source>keys repeat</source>
        <translation>кілттер қайталанады</translation>
    </message>
    <message>
        <source>{spelling} names both {first} and {second}</source>
        <translation>{spelling} әрі {first}, әрі {second} дегенді білдіреді</translation>
    </message>
    <message>
        <source>is after today</source>
        <translation>бүгінгі күннен кейін</translation>
    </message>
    <message>
        <source>the office is not set up yet: run &apos;kelisim office set --code CODE --name-kk NAME --name-ru NAME&apos; first</source>
        <translation>медиация кабинеті әлі бапталмаған: алдымен «kelisim office set --code CODE --name-kk NAME --name-ru NAME» командасын орындаңыз</translation>
    </message>
    <message>
        <source>unknown time zone {zone}</source>
        <translation>белгісіз уақыт белдеуі: {zone}</translation>
    </message>
    <message>
        <source>stays {code}: cases are numbered with it</source>
        <translation>өзгертуге болмайды, {code} болып қалады: істер осы кодпен нөмірленген</translation>
    </message>
    <message>
        <source>case {number} no longer exists</source>
        <translation>{number} нөмірлі іс енді жоқ</translation>
    </message>
    <message>
        <source>no such case</source>
        <translation>мұндай іс жоқ</translation>
    </message>
    <message>
        <source>no case numbered {number}</source>
        <translation>{number} нөмірлі іс жоқ</translation>
    </message>
    <message>
        <source>the database {path} cannot be used: {reason}; if it is damaged, restore the newest copy from the backups folder</source>
        <translation>{path} дерекқорын пайдалану мүмкін емес: {reason}; егер ол бүлінген болса, сақтық көшірмелер қалтасындағы ең соңғы көшірмені қалпына келтіріңіз</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>файл бүлінген</translation>
    </message>
    <message>
        <source>the file is not a Kelisim database</source>
        <translation>бұл файл Kelisim дерекқоры емес</translation>
    </message>
    <message>
        <source>the file may not be written to</source>
        <translation>файлға жазуға рұқсат жоқ</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>файлды ашу мүмкін емес</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>дискіден оқу немесе оған жазу мүмкін болмады</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск толы</translation>
    </message>
    <message>
        <source>the change collides with a record already stored (a duplicate); nothing was saved</source>
        <translation>өзгеріс бұрыннан сақталған жазбаны қайталайды (екі бірдей жазба болып қалады); ештеңе сақталмады</translation>
    </message>
    <message>
        <source>no such mediator</source>
        <translation>мұндай медиатор жоқ</translation>
    </message>
    <message>
        <source>the mediator was changed elsewhere; open the register again</source>
        <translation>медиатор туралы деректер басқа жерде өзгертілді; тізілімді қайта ашыңыз</translation>
    </message>
    <message>
        <source>{count} not in the register</source>
        <translation>тізілімде жоқ медиаторлар саны: {count}</translation>
    </message>
    <message>
        <source>the database {path} has schema version {revision}, newer than this program (which knows up to {head}); install the newer Kelisim to open it</source>
        <translation>{path} дерекқорының схема нұсқасы — {revision}, бұл осы бағдарламаға белгілі нұсқадан ({head}) жаңа; оны ашу үшін Kelisim бағдарламасының жаңа нұсқасын орнатыңыз</translation>
    </message>
    <message>
        <source>{path}: cannot read a file without an extension; save the journal as an Excel workbook (.xlsx) or as &apos;CSV UTF-8&apos; (.csv)</source>
        <translation>{path}: кеңейтімі жоқ файлды оқу мүмкін емес; журналды Excel кітабы (.xlsx) немесе «CSV UTF-8» (.csv) түрінде сақтаңыз</translation>
    </message>
    <message>
        <source>{path}: cannot read {suffix}; save the journal as an Excel workbook (.xlsx) or as &apos;CSV UTF-8&apos; (.csv)</source>
        <translation>{path}: {suffix} файлын оқу мүмкін емес; журналды Excel кітабы (.xlsx) немесе «CSV UTF-8» (.csv) түрінде сақтаңыз</translation>
    </message>
    <message>
        <source>the period ends on {date_to}, before it starts on {date_from}</source>
        <translation>кезең {date_to} күні аяқталады, ал {date_from} күні басталады: аяқталуы басталуынан бұрын</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: мұндай файл жоқ</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a file</source>
        <translation>{path}: бұл файл емес, қалта</translation>
    </message>
    <message>
        <source>{path}: is not a PDF file, or a damaged one</source>
        <translation>{path}: PDF файлы емес немесе зақымдалған</translation>
    </message>
    <message>
        <source>{path}: carries no Kelisim check code; only the signed papers Kelisim prints (agreements, termination notices) can be checked</source>
        <translation>{path}: Kelisim тексеру коды жоқ; тек Kelisim басып шығаратын қол қойылатын құжаттарды (келісімдер, тоқтату туралы хабарламалар) тексеруге болады</translation>
    </message>
    <message>
        <source>{code} is not the check code of a Kelisim paper (one reads like KELISIM1:settlement:&lt;case&gt;:&lt;64 hexadecimal digits&gt;)</source>
        <translation>{code} Kelisim құжатының тексеру коды емес (ол мынадай болады: KELISIM1:settlement:&lt;іс&gt;:&lt;64 он алтылық цифр&gt;)</translation>
    </message>
    <message>
        <source>{path}: is {size} MB; a journal is at most {limit} MB (split it by year)</source>
        <translation>{path}: көлемі {size} МБ; журнал ең көбі {limit} МБ болуы керек (оны жылдар бойынша бөліңіз)</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}: файлды оқу мүмкін емес ({reason})</translation>
    </message>
    <message>
        <source>{path}: the file is empty</source>
        <translation>{path}: файл бос</translation>
    </message>
    <message>
        <source>{path}: has a header (row {row}) but no rows of cases under it</source>
        <translation>{path}: тақырып жолы бар (жол: {row}), бірақ оның астында бірде-бір іс жоқ</translation>
    </message>
    <message>
        <source>{path}: no header row found: the first row must name the columns, e.g. {first}; {second}</source>
        <translation>{path}: тақырып жолы табылмады: бірінші жолда бағандардың атаулары болуы керек, мысалы, {first}; {second}</translation>
    </message>
    <message>
        <source>{path}: the column {column} appears twice in the header (also as {other}); keep one</source>
        <translation>{path}: {column} бағаны тақырып жолында екі рет кездеседі ({other} ретінде де); біреуін ғана қалдырыңыз</translation>
    </message>
    <message>
        <source>{path}: the header has no column for: {columns}</source>
        <translation>{path}: тақырып жолында мына бағандар жоқ: {columns}</translation>
    </message>
    <message>
        <source>{path}: is an Excel workbook with a .csv name; rename it to .xlsx</source>
        <translation>{path}: бұл .csv деп аталған Excel кітабы; файл атауын .xlsx деп өзгертіңіз</translation>
    </message>
    <message>
        <source>{path}: is not UTF-8 text; in Excel choose File &gt; Save As and the type &apos;CSV UTF-8 (comma delimited)&apos;, then import that file</source>
        <translation>{path}: бұл UTF-8 мәтіні емес; Excel-де Файл &gt; Басқаша сақтау (Сохранить как) тармағын және «CSV UTF-8» түрін таңдаңыз, содан кейін сол файлды импорттаңыз</translation>
    </message>
    <message>
        <source>{path}: is not a readable CSV file near row {row} ({reason})</source>
        <translation>{path}: CSV файлын оқу мүмкін емес, қате шамамен мына жолда: {row} ({reason})</translation>
    </message>
    <message>
        <source>{path}: is not an Excel workbook (.xlsx); an old .xls, a workbook with a password or a renamed file must be saved again from Excel as &apos;Excel Workbook (.xlsx)&apos;, without a password</source>
        <translation>{path}: бұл Excel кітабы (.xlsx) емес; ескі .xls файлын, құпиясөзі бар кітапты немесе атауы өзгертілген файлды Excel-де «Excel кітабы (.xlsx)» түрінде құпиясөзсіз қайта сақтау керек</translation>
    </message>
    <message>
        <source>{path}: is damaged or not an Excel workbook; open it in Excel and save it again as &apos;Excel Workbook (.xlsx)&apos;</source>
        <translation>{path}: файл бүлінген немесе Excel кітабы емес; оны Excel-де ашып, «Excel кітабы (.xlsx)» түрінде қайта сақтаңыз</translation>
    </message>
    <message>
        <source>{path}: a worksheet is damaged and cannot be read; open it in Excel and save it again</source>
        <translation>{path}: жұмыс парағы бүлінген, оны оқу мүмкін емес; файлды Excel-де ашып, қайта сақтаңыз</translation>
    </message>
    <message>
        <source>{path}: the workbook has no worksheet</source>
        <translation>{path}: кітапта бірде-бір жұмыс парағы жоқ</translation>
    </message>
    <message>
        <source>{path}: already exists; choose another name (or --force to replace it)</source>
        <translation>{path}: мұндай файл бар; басқа атау таңдаңыз (немесе оны ауыстыру үшін --force)</translation>
    </message>
    <message>
        <source>unknown language {language}: choose kk, ru or en</source>
        <translation>белгісіз тіл: {language}; kk, ru немесе en таңдаңыз</translation>
    </message>
    <message>
        <source>{path}: the template is an Excel workbook; name it *.xlsx</source>
        <translation>{path}: үлгі Excel кітабы болып сақталады; файлға *.xlsx деп атау беріңіз</translation>
    </message>
    <message>
        <source>{path}: cannot be written ({reason})</source>
        <translation>{path}: файлды жазу мүмкін емес ({reason})</translation>
    </message>
    <message>
        <source>the register changed while the journal was being imported; nothing was stored: run the import again</source>
        <translation>журнал импортталып жатқанда тізілім өзгерді; ештеңе сақталмады: импортты қайта іске қосыңыз</translation>
    </message>
    <message>
        <source>same as row {row}</source>
        <translation>{row}-жолмен бірдей</translation>
    </message>
    <message>
        <source>is empty; this column is required</source>
        <translation>бос; бұл бағанды толтыру міндетті</translation>
    </message>
    <message>
        <source>{path} {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>{day} is in the future (today is {today})</source>
        <translation>{day} — болашақтағы күн (бүгін {today})</translation>
    </message>
    <message>
        <source>{day} is before {year}: check the year</source>
        <translation>{day} — {year} жылдан бұрын: жылды тексеріңіз</translation>
    </message>
    <message>
        <source>{value} is not a known dispute category (the template&apos;s second sheet lists every accepted name)</source>
        <translation>{value} — белгісіз дау санаты (барлық рұқсат етілген атаулар үлгінің екінші парағында берілген)</translation>
    </message>
    <message>
        <source>{value} is not a known outcome (the template&apos;s second sheet lists every accepted name)</source>
        <translation>{value} — белгісіз нәтиже (барлық рұқсат етілген атаулар үлгінің екінші парағында берілген)</translation>
    </message>
    <message>
        <source>{value} is not a date: write it as dd.mm.yyyy, e.g. 05.03.2025</source>
        <translation>{value} — күн емес: кк.аа.жжжж түрінде жазыңыз, мысалы, 05.03.2025</translation>
    </message>
    <message>
        <source>{value} is not a real date (no such day in that month)</source>
        <translation>{value} — мұндай күн жоқ (ол айда мұндай күн болмайды)</translation>
    </message>
    <message>
        <source>{value} is a number, not a date: write dd.mm.yyyy</source>
        <translation>{value} — бұл күн емес, сан: кк.аа.жжжж түрінде жазыңыз</translation>
    </message>
    <message>
        <source>{value} is a number Excel shortened: format the column as Text and type the IIN/BIN again</source>
        <translation>{value} — Excel қысқартып жіберген сан: бағанға «Мәтіндік» («Текстовый») пішімін беріп, ЖСН/БСН-ді қайта енгізіңіз</translation>
    </message>
    <message>
        <source>a mediator&apos;s name {reason}</source>
        <translation>медиатордың аты-жөні: {reason}</translation>
    </message>
    <message>
        <source>is given but the closing date is empty: a closed case needs both</source>
        <translation>көрсетілген, бірақ жабылған күні бос: жабылған істе екеуі де болуы керек</translation>
    </message>
    <message>
        <source>is given but the outcome is empty: a closed case needs both</source>
        <translation>көрсетілген, бірақ нәтижесі бос: жабылған істе екеуі де болуы керек</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>Тіркелген күні</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Кім жолдады</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Сатысы</translation>
    </message>
    <message>
        <source>Subject of the dispute</source>
        <translation>Даудың мәні</translation>
    </message>
    <message>
        <source>Claim amount</source>
        <translation>Талап сомасы</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Тараптар</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>Медиаторлар</translation>
    </message>
    <message>
        <source>Agreement to mediate</source>
        <translation>Медиация туралы шарт</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>Жабылған күні</translation>
    </message>
    <message>
        <source>Agreed terms</source>
        <translation>Міндеттемелер</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Медиация кездесулері</translation>
    </message>
    <message>
        <source>Party {number}</source>
        <translation>Тарап {number}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты немесе атауы</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Өкілі</translation>
    </message>
    <message>
        <source>Basis of representation</source>
        <translation>Өкілдік негізі</translation>
    </message>
    <message>
        <source>Session {number}</source>
        <translation>Кездесу {number}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>Кім келді</translation>
    </message>
    <message>
        <source>Agreed term {number}</source>
        <translation>Міндеттеме {number}</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>Не туралы келісілді</translation>
    </message>
    <message>
        <source>Who owes</source>
        <translation>Кім міндетті</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Сомасы</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Орындау мерзімі</translation>
    </message>
    <message>
        <source>Date fulfilled</source>
        <translation>Орындалған күні</translation>
    </message>
    <message>
        <source>{item}, {field}</source>
        <translation>{item}, {field}</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <source>choose a category from the list</source>
        <translation>тізімнен санатты таңдаңыз</translation>
    </message>
    <message>
        <source>write the sum in digits, e.g. 150 000 or 150 000,50</source>
        <translation>соманы цифрмен жазыңыз, мысалы, 150 000 немесе 150 000,50</translation>
    </message>
    <message>
        <source>Save your changes first</source>
        <translation>Алдымен өзгерістерді сақтаңыз</translation>
    </message>
    <message>
        <source>This was not done</source>
        <translation>Әрекет орындалмады</translation>
    </message>
    <message>
        <source>unknown document language {language}: choose {choices}</source>
        <translation>құжаттың белгісіз тілі {language}: мыналардың бірін таңдаңыз: {choices}</translation>
    </message>
    <message>
        <source>case {number} is not settled: it has no settlement agreement</source>
        <translation>{number} нөмірлі іс реттелмеген: оның дауды реттеу туралы келісімі жоқ</translation>
    </message>
    <message>
        <source>case {number} did not end without settlement: it has no termination notice</source>
        <translation>{number} нөмірлі іс дау реттелмей аяқталған жоқ: оның медиацияны тоқтату туралы хабарламасы жоқ</translation>
    </message>
    <message>
        <source>{source}: unknown text {name}</source>
        <translation>{source}: белгісіз мәтін {name}</translation>
    </message>
    <message>
        <source>{source}: the text {name} is missing</source>
        <translation>{source}: {name} мәтіні жоқ</translation>
    </message>
    <message>
        <source>{source}: {name} has an unpaired {{ or }}</source>
        <translation>{source}: {name} ішінде жұпсыз {{ немесе }} бар</translation>
    </message>
    <message>
        <source>{source}: {name} lacks the placeholder {placeholder}</source>
        <translation>{source}: {name} ішінде {placeholder} орны жоқ</translation>
    </message>
    <message>
        <source>{source}: {name} has the unknown placeholder {placeholder}</source>
        <translation>{source}: {name} ішінде белгісіз {placeholder} орны бар</translation>
    </message>
    <message>
        <source>{source}: {name} has broken markup: {reason}</source>
        <translation>{source}: {name} мәтінінің белгіленуі бұзылған: {reason}</translation>
    </message>
    <message>
        <source>no document wording exists for language {language}</source>
        <translation>{language} тілі үшін құжат мәтіндері жоқ</translation>
    </message>
    <message>
        <source>the document wording {file} is missing</source>
        <translation>{file} құжат мәтіндері жоқ</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>{file} оқылмайды: {reason}</translation>
    </message>
    <message>
        <source>{file} is not a file of the document wording</source>
        <translation>{file} — құжаттар мәтінінің файлы емес</translation>
    </message>
    <message>
        <source>this register takes part in no sync yet: join a regional centre with the setup file it gave, or make this register the regional centre</source>
        <translation>бұл тізілім әлі синхрондауға қатыспайды: өңірлік орталық берген баптау файлымен оған қосылыңыз немесе осы тізілімді өңірлік орталық етіңіз</translation>
    </message>
    <message>
        <source>only the {role} can do this; this register is the {actual}</source>
        <translation>мұны тек {role} жасай алады; бұл тізілім — {actual}</translation>
    </message>
    <message>
        <source>this register is already enrolled in sync</source>
        <translation>бұл тізілім синхрондауға тіркеліп қойған</translation>
    </message>
    <message>
        <source>this register belongs to an office; make the centre in a data folder of its own (--data-dir)</source>
        <translation>бұл тізілім кабинетке тиесілі; орталықты жеке деректер қалтасында жасаңыз (--data-dir)</translation>
    </message>
    <message>
        <source>is the centre&apos;s own code</source>
        <translation>орталықтың өз коды</translation>
    </message>
    <message>
        <source>{path} exists already; choose another name, or allow it to be replaced</source>
        <translation>{path} бұрыннан бар; басқа атау таңдаңыз немесе оны ауыстыруға рұқсат етіңіз</translation>
    </message>
    <message>
        <source>office {code} is enrolled already; enrol it again only to give it a new key (a lost or replaced PC)</source>
        <translation>{code} кабинеті тіркеліп қойған; оны тек жаңа кілт беру үшін қайта тіркеңіз (компьютер жоғалса немесе ауыстырылса)</translation>
    </message>
    <message>
        <source>office {code} was never enrolled</source>
        <translation>{code} кабинеті ешқашан тіркелмеген</translation>
    </message>
    <message>
        <source>this register is the centre; an office joins in its own</source>
        <translation>бұл тізілім — орталық; кабинет өз тізілімінде қосылады</translation>
    </message>
    <message>
        <source>this register has joined already (office {code}); a setup file is used once</source>
        <translation>бұл тізілім қосылып қойған ({code} кабинеті); баптау файлы бір рет қолданылады</translation>
    </message>
    <message>
        <source>name the office the bundle is for</source>
        <translation>пакет қай кабинетке арналғанын көрсетіңіз</translation>
    </message>
    <message>
        <source>an office exports only its own bundle</source>
        <translation>кабинет тек өз пакетін экспорттайды</translation>
    </message>
    <message>
        <source>office {code} is not enrolled</source>
        <translation>{code} кабинеті тіркелмеген</translation>
    </message>
    <message>
        <source>office {code} has sent no bundle yet, so its key is not known and nothing can be encrypted to it: import its first bundle, then export again</source>
        <translation>{code} кабинеті әлі пакет жіберген жоқ, сондықтан оның кілті белгісіз және оған ештеңе шифрлау мүмкін емес: алдымен оның алғашқы пакетін импорттаңыз, содан кейін қайта экспорттаңыз</translation>
    </message>
    <message>
        <source>the enrolment of {code} changed while importing</source>
        <translation>импорттау кезінде {code} тіркеуі өзгерді</translation>
    </message>
    <message>
        <source>bundle {sequence} of {code} was received before with other content: this copy differs from the one recorded; keep both files and tell the centre</source>
        <translation>{code} жіберген {sequence}-пакет бұрын басқа мазмұнмен алынған: бұл көшірме тіркелгеннен өзгеше; екі файлды да сақтап, орталыққа хабарлаңыз</translation>
    </message>
    <message>
        <source>held until the changes before it arrive (bundles after {known} of {code})</source>
        <translation>алдыңғы өзгерістер келгенше кейінге қалдырылды ({code} жіберген {known}-пакеттен кейінгі пакеттер)</translation>
    </message>
    <message>
        <source>the rules data in the bundle are invalid: {reason}</source>
        <translation>пакеттегі ережелер деректері жарамсыз: {reason}</translation>
    </message>
    <message>
        <source>{file} is too large for a wording file</source>
        <translation>{file} құжат мәтінінің файлы үшін тым үлкен</translation>
    </message>
    <message>
        <source>{folder} holds no wording files (kk/settlement.toml and the like)</source>
        <translation>{folder} қалтасында құжаттар мәтінінің файлдары жоқ (kk/settlement.toml сияқты)</translation>
    </message>
    <message>
        <source>the document wording in the bundle is invalid: {reason}</source>
        <translation>пакеттегі құжаттар мәтіні жарамсыз: {reason}</translation>
    </message>
    <message>
        <source>regional centre</source>
        <translation>өңірлік медиация орталығы</translation>
    </message>
    <message>
        <source>office</source>
        <translation>медиация кабинеті</translation>
    </message>
    <message>
        <source>the bundle comes from {code}, not from this office&apos;s centre</source>
        <translation>пакет осы кабинеттің орталығынан емес, {code} тарапынан келген</translation>
    </message>
    <message>
        <source>the bundle comes from {code}, which is not enrolled here</source>
        <translation>пакет {code} тарапынан келген, ол мұнда тіркелмеген</translation>
    </message>
    <message>
        <source>the bundle was made under enrolment {got} of {code}, but enrolment {now} is in force: it comes from a replaced key or setup file</source>
        <translation>пакет {code} тарапының {got}-тіркеуімен жасалған, бірақ қазір {now}-тіркеу күшінде: ол ауыстырылған кілттен немесе баптау файлынан келген</translation>
    </message>
    <message>
        <source>the first bundle of {code} does not introduce its key</source>
        <translation>{code} жіберген алғашқы пакет өз кілтін ұсынбайды</translation>
    </message>
    <message>
        <source>the key in the first bundle of {code} was not made with its setup file</source>
        <translation>{code} жіберген алғашқы пакеттегі кілт оның баптау файлымен жасалмаған</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest lacks its sequence or change range</source>
        <translation>пакет манифесінде реттік нөмірі немесе өзгерістер ауқымы жоқ</translation>
    </message>
    <message>
        <source>the bundle was made by a newer Kelisim (schema {schema}); update this program first</source>
        <translation>пакетті Kelisim-нің жаңарақ нұсқасы жасаған ({schema} сызбасы); алдымен осы бағдарламаны жаңартыңыз</translation>
    </message>
    <message>
        <source>the setup file {path} cannot be read: {reason}</source>
        <translation>{path} баптау файлын оқу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a Kelisim setup file, or it is damaged</source>
        <translation>{path} — Kelisim баптау файлы емес немесе ол бүлінген</translation>
    </message>
    <message>
        <source>the bundle refers to records this register does not have (in {table}); an earlier bundle is missing: import it first</source>
        <translation>пакет осы тізілімде жоқ жазбаларға сілтейді ({table} ішінде); алдыңғы пакет жетіспейді: алдымен соны импорттаңыз</translation>
    </message>
    <message>
        <source>the conflict was already resolved</source>
        <translation>жанжал бұрын шешілген</translation>
    </message>
    <message>
        <source>the record of the conflict no longer exists</source>
        <translation>жанжалдың жазбасы енді жоқ</translation>
    </message>
    <message>
        <source>bundle {sequence} of {code} is missing</source>
        <translation>{code} жіберетін {sequence}-пакет жетіспейді</translation>
    </message>
    <message>
        <source>the part {part} is {size} bytes, more than the {limit} a bundle part may hold</source>
        <translation>{part} бөлігі {size} байт, бұл пакет бөлігіне рұқсат етілген {limit} байттан көп</translation>
    </message>
    <message>
        <source>the parts are {size} bytes together, more than the {limit} a bundle may hold</source>
        <translation>бөліктер барлығы {size} байт, бұл пакетке рұқсат етілген {limit} байттан көп</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest is {size} bytes, more than the {limit} allowed</source>
        <translation>пакет манифесі {size} байт, бұл рұқсат етілген {limit} байттан көп</translation>
    </message>
    <message>
        <source>the bundle would be {size} bytes, more than the {limit} a bundle may have</source>
        <translation>пакет {size} байт болар еді, бұл пакетке рұқсат етілген {limit} байттан көп</translation>
    </message>
    <message>
        <source>{path}: the bundle cannot be written ({reason})</source>
        <translation>{path}: пакетті жазу мүмкін емес ({reason})</translation>
    </message>
    <message>
        <source>{path}: the bundle read back from the disk differs from what was written, so it was removed; the disk or USB stick may be failing: write it to another one</source>
        <translation>{path}: дискіден қайта оқылған пакет жазылғаннан өзгеше болды, сондықтан ол жойылды; диск немесе USB жинақтауыш ақаулы болуы мүмкін: басқасына жазыңыз</translation>
    </message>
    <message>
        <source>{path}: the file is {size} bytes, more than the {limit} a bundle may have</source>
        <translation>{path}: файл {size} байт, бұл пакетке рұқсат етілген {limit} байттан көп</translation>
    </message>
    <message>
        <source>the bundle is addressed to {destination}, not to this site ({code}); it is for {destination} to open</source>
        <translation>пакет осы тізілімге ({code}) емес, {destination} тарапына жіберілген; оны {destination} ашуы керек</translation>
    </message>
    <message>
        <source>no enrolled key of {origin} was found to check the bundle</source>
        <translation>пакетті тексеру үшін {origin} тарапының тіркелген кілті табылмады</translation>
    </message>
    <message>
        <source>the bundle was signed with the key {claimed}, but the key enrolled for {origin} is {enrolled}: it was not made by {origin}, or {origin} has new keys to enrol first</source>
        <translation>пакетке {claimed} кілтімен қол қойылған, бірақ {origin} үшін тіркелген кілт — {enrolled}: оны {origin} жасамаған немесе {origin} тарапының алдымен тіркелуі керек жаңа кілттері бар</translation>
    </message>
    <message>
        <source>the bundle was sealed for the key {claimed} of {code}, but this site&apos;s key is {mine}; it cannot be opened with this site&apos;s keys</source>
        <translation>пакет {code} тарапының {claimed} кілтіне арналып шифрланған, бірақ осы тізілімнің кілті — {mine}; оны осы тізілімнің кілттерімен ашу мүмкін емес</translation>
    </message>
    <message>
        <source>the signature does not match: the file was altered or not made by {origin}</source>
        <translation>қолтаңба сәйкес келмейді: файл өзгертілген немесе оны {origin} жасамаған</translation>
    </message>
    <message>
        <source>the part {part} is damaged: its SHA-256 does not match the header</source>
        <translation>{part} бөлігі бүлінген: оның SHA-256 мәні тақырыптағымен сәйкес келмейді</translation>
    </message>
    <message>
        <source>the part {part} cannot be decrypted with this site&apos;s key: it was not sealed for this bundle and this site, or it was altered</source>
        <translation>{part} бөлігін осы тізілімнің кілтімен шифрдан шығару мүмкін емес: ол осы пакет пен осы тізілімге арналып шифрланбаған немесе өзгертілген</translation>
    </message>
    <message>
        <source>the part {part} unpacks to more than the {size} bytes its header declares; refused without unpacking it</source>
        <translation>{part} бөлігі ашылғанда тақырыпта көрсетілген {size} байттан көп болады; ашылмай қабылданбады</translation>
    </message>
    <message>
        <source>the part {part} is not valid compressed data</source>
        <translation>{part} бөлігі жарамды сығылған деректер емес</translation>
    </message>
    <message>
        <source>the part {part} is not valid compressed data: its stream is cut short or followed by more bytes</source>
        <translation>{part} бөлігі жарамды сығылған деректер емес: оның ағыны үзілген немесе соңынан артық байттар бар</translation>
    </message>
    <message>
        <source>the part {part} unpacks to {actual} bytes, not the {size} its header declares</source>
        <translation>{part} бөлігі ашылғанда тақырыпта көрсетілген {size} байт емес, {actual} байт болады</translation>
    </message>
    <message>
        <source>this is not a Kelisim sync bundle (it does not begin with the mark of one)</source>
        <translation>бұл Kelisim синхрондау пакеті емес (ол пакет белгісімен басталмайды)</translation>
    </message>
    <message>
        <source>the bundle was made by a newer Kelisim (format {version}); update this program to read it</source>
        <translation>пакетті Kelisim-нің жаңарақ нұсқасы жасаған ({version} форматы); оны оқу үшін осы бағдарламаны жаңартыңыз</translation>
    </message>
    <message>
        <source>the bundle is damaged: its format number is {version}</source>
        <translation>пакет бүлінген: оның формат нөмірі — {version}</translation>
    </message>
    <message>
        <source>the file is {size} bytes, more than the {limit} a bundle may have</source>
        <translation>файл {size} байт, бұл пакетке рұқсат етілген {limit} байттан көп</translation>
    </message>
    <message>
        <source>the bundle is damaged: its header claims {length} bytes, more than the {limit} allowed</source>
        <translation>пакет бүлінген: тақырыбы {length} байт деп көрсетеді, бұл рұқсат етілген {limit} байттан көп</translation>
    </message>
    <message>
        <source>the bundle has {extra} bytes after its signature: something was added to the file or it is damaged</source>
        <translation>пакетте қолтаңбадан кейін {extra} байт бар: файлға бірдеңе қосылған немесе ол бүлінген</translation>
    </message>
    <message>
        <source>the bundle is cut short ({size} bytes): it was not copied whole; copy it again</source>
        <translation>пакет толық емес ({size} байт): ол толық көшірілмеген; қайта көшіріңіз</translation>
    </message>
    <message>
        <source>its header is not UTF-8 text</source>
        <translation>оның тақырыбы UTF-8 мәтіні емес</translation>
    </message>
    <message>
        <source>its header is not JSON</source>
        <translation>оның тақырыбы JSON емес</translation>
    </message>
    <message>
        <source>its header is not a JSON object</source>
        <translation>оның тақырыбы JSON объектісі емес</translation>
    </message>
    <message>
        <source>its header is not in the canonical form</source>
        <translation>оның тақырыбы канондық түрде емес</translation>
    </message>
    <message>
        <source>the bundle is damaged: {reason}</source>
        <translation>пакет бүлінген: {reason}</translation>
    </message>
    <message>
        <source>its header repeats a field</source>
        <translation>оның тақырыбында бір өріс қайталанады</translation>
    </message>
    <message>
        <source>its header holds a number that is not a whole number</source>
        <translation>оның тақырыбында бүтін емес сан бар</translation>
    </message>
    <message>
        <source>its header holds a number beyond {limit}</source>
        <translation>оның тақырыбында {limit} шегінен асатын сан бар</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>does not match the file&apos;s format number {version}</source>
        <translation>файлдың {version} формат нөміріне сәйкес келмейді</translation>
    </message>
    <message>
        <source>is not a site code</source>
        <translation>тізілім коды емес</translation>
    </message>
    <message>
        <source>is not a key fingerprint</source>
        <translation>кілттің саусақ ізі емес</translation>
    </message>
    <message>
        <source>is not 32 hexadecimal digits</source>
        <translation>32 он алтылық цифр емес</translation>
    </message>
    <message>
        <source>is not a list of at most {limit} parts</source>
        <translation>ең көбі {limit} бөліктен тұратын тізім емес</translation>
    </message>
    <message>
        <source>does not have exactly the fields name, plain_size, size and sha256</source>
        <translation>тек name, plain_size, size және sha256 өрістерінен тұрмайды</translation>
    </message>
    <message>
        <source>is not a part name</source>
        <translation>бөлік атауы емес</translation>
    </message>
    <message>
        <source>repeats the part {part}</source>
        <translation>{part} бөлігін қайталайды</translation>
    </message>
    <message>
        <source>is not a number of bytes</source>
        <translation>байт саны емес</translation>
    </message>
    <message>
        <source>says {size} bytes, more than the {limit} a part may hold</source>
        <translation>{size} байт деп көрсетеді, бұл бөлікке рұқсат етілген {limit} байттан көп</translation>
    </message>
    <message>
        <source>is not a possible size of a stored part</source>
        <translation>сақталған бөліктің мүмкін өлшемі емес</translation>
    </message>
    <message>
        <source>is not 64 hexadecimal digits</source>
        <translation>64 он алтылық цифр емес</translation>
    </message>
    <message>
        <source>say {size} bytes unpacked together, more than the {limit} a bundle may hold</source>
        <translation>ашылғанда барлығы {size} байт деп көрсетеді, бұл пакетке рұқсат етілген {limit} байттан көп</translation>
    </message>
    <message>
        <source>the bundle is damaged: its header field {field} {reason}</source>
        <translation>пакет бүлінген: тақырыптың {field} өрісі {reason}</translation>
    </message>
    <message>
        <source>nests deeper than {limit} levels</source>
        <translation>{limit} деңгейден тереңірек кірістірілген мән бар</translation>
    </message>
    <message>
        <source>has a field name that is not text</source>
        <translation>мәтін емес өріс атауы бар</translation>
    </message>
    <message>
        <source>is a number beyond {limit}</source>
        <translation>{limit} шегінен асатын сан бар</translation>
    </message>
    <message>
        <source>is not JSON text, a whole number, true, false, null, a list or an object</source>
        <translation>JSON мәтіні, бүтін сан, true, false, null, тізім немесе объект емес мән бар</translation>
    </message>
    <message>
        <source>has text that is not Unicode</source>
        <translation>Юникод емес мәтін бар</translation>
    </message>
    <message>
        <source>its header {reason}</source>
        <translation>оның тақырыбында {reason}</translation>
    </message>
    <message>
        <source>the site key of {code}: box_key is not a usable X25519 public key</source>
        <translation>{code} тізілімінің кілті: box_key жарамды X25519 ашық кілті емес</translation>
    </message>
    <message>
        <source>a public site key</source>
        <translation>тізілімнің ашық кілті</translation>
    </message>
    <message>
        <source>the site key of {code}: its fingerprint {written} does not match its keys ({actual}); the key was altered or copied wrongly</source>
        <translation>{code} тізілімінің кілті: оның {written} саусақ ізі кілттеріне сәйкес келмейді ({actual}); кілт өзгертілген немесе қате көшірілген</translation>
    </message>
    <message>
        <source>the site&apos;s private keys</source>
        <translation>тізілімнің жабық кілттері</translation>
    </message>
    <message>
        <source>a site key&apos;s code must be 2 to 12 Latin capital letters or digits, e.g. KRG01</source>
        <translation>тізілім кілтіндегі код 2–12 латынның бас әрпінен немесе цифрдан тұруы керек, мысалы, KRG01</translation>
    </message>
    <message>
        <source>a site key&apos;s {field} must be {count} bytes</source>
        <translation>тізілім кілтінің {field} мәні {count} байт болуы керек</translation>
    </message>
    <message>
        <source>{what} is not a set of named fields</source>
        <translation>{what} — атаулы өрістер жиыны емес</translation>
    </message>
    <message>
        <source>{what} lacks the field {field}</source>
        <translation>{what}: {field} өрісі жоқ</translation>
    </message>
    <message>
        <source>{what} has an unknown field {field}</source>
        <translation>{what}: белгісіз {field} өрісі бар</translation>
    </message>
    <message>
        <source>{what}: the field {field} must be text</source>
        <translation>{what}: {field} өрісі мәтін болуы керек</translation>
    </message>
    <message>
        <source>a site key&apos;s {field} must be {count} hexadecimal digits (0-9, a-f)</source>
        <translation>тізілім кілтінің {field} мәні {count} он алтылық цифрдан (0-9, a-f) тұруы керек</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Party to the case</source>
        <translation>Іс тарабы</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>Медиатор</translation>
    </message>
    <message>
        <source>Mediator assigned to the case</source>
        <translation>Іске тағайындалған медиатор</translation>
    </message>
    <message>
        <source>Mediation session</source>
        <translation>Медиация кездесуі</translation>
    </message>
    <message>
        <source>Agreed term</source>
        <translation>Міндеттеме</translation>
    </message>
    <message>
        <source>Printed document</source>
        <translation>Басып шығарылған құжат</translation>
    </message>
    <message>
        <source>Office details</source>
        <translation>Кабинет деректері</translation>
    </message>
    <message>
        <source>Place in the list</source>
        <translation>Тізімдегі орны</translation>
    </message>
    <message>
        <source>Office where it was made</source>
        <translation>Жасалған кабинеті</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Жасалған уақыты</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Іс нөмірі</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Кабинет</translation>
    </message>
    <message>
        <source>Year of the number</source>
        <translation>Нөмірдің жылы</translation>
    </message>
    <message>
        <source>Number within the year</source>
        <translation>Жыл ішіндегі реттік нөмірі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Agreement to mediate signed on</source>
        <translation>Медиация туралы шарт жасалған күн</translation>
    </message>
    <message>
        <source>Extensions of the time limit</source>
        <translation>Мерзімді ұзарту саны</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Жабылған күні</translation>
    </message>
    <message>
        <source>Person or organisation</source>
        <translation>Жеке тұлға немесе ұйым</translation>
    </message>
    <message>
        <source>Role in the dispute</source>
        <translation>Даудағы рөлі</translation>
    </message>
    <message>
        <source>IIN/BIN</source>
        <translation>ЖСН/БСН</translation>
    </message>
    <message>
        <source>Representative&apos;s authority</source>
        <translation>Өкілдің өкілеттігі</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Өткізілген күні</translation>
    </message>
    <message>
        <source>What is owed</source>
        <translation>Міндеттеменің мазмұны</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сомасы</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>Орындалуы</translation>
    </message>
    <message>
        <source>Fulfilled on</source>
        <translation>Орындалған күні</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation>Мазмұн хэші</translation>
    </message>
    <message>
        <source>Printed at</source>
        <translation>Басылған уақыты</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Толық аты-жөні</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>Тізілімдегі нөмірі</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Тілдері</translation>
    </message>
    <message>
        <source>Specialisations</source>
        <translation>Мамандануы</translation>
    </message>
    <message>
        <source>Mediates</source>
        <translation>Медиация жүргізеді</translation>
    </message>
    <message>
        <source>Office code</source>
        <translation>Кабинет коды</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Қазақша атауы</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Орысша атауы</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Облыс</translation>
    </message>
    <message>
        <source>Head of the office</source>
        <translation>Кабинет басшысы</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Уақыт белдеуі</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Қолданылды</translation>
    </message>
    <message>
        <source>Already applied before: nothing changed</source>
        <translation>Бұрын қолданылған: ештеңе өзгерген жоқ</translation>
    </message>
    <message>
        <source>Held: it waits for an earlier bundle</source>
        <translation>Кейінге қалдырылды: алдыңғы пакетті күтеді</translation>
    </message>
    <message>
        <source>Refused: nothing of it was stored</source>
        <translation>Қабылданбады: одан ештеңе сақталған жоқ</translation>
    </message>
    <message>
        <source>added</source>
        <translation>қосылды</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>жаңартылды</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>жойылды</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>өзгерген жоқ</translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation>жанжалдар</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>қабылданбады</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>қолданылды</translation>
    </message>
    <message>
        <source>already applied</source>
        <translation>бұрын қолданылған</translation>
    </message>
    <message>
        <source>held</source>
        <translation>кейінге қалдырылды</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message numerus="yes">
        <source>The time limit of %n day(s) runs from this day: mediation must end by {deadline}.</source>
        <translation>
            <numerusform>Мерзім осы күннен бастап есептеледі (%n күн). Медиацияның аяқталу мерзімі: {deadline}.</numerusform>
            <numerusform>Мерзім осы күннен бастап есептеледі (%n күн). Медиацияның аяқталу мерзімі: {deadline}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start mediation — case {number}</source>
        <translation>Медиацияны бастау — іс {number}</translation>
    </message>
    <message>
        <source>Mediation starts when the parties and the mediator sign the agreement to mediate.</source>
        <translation>Медиация тараптар мен медиатор медиация туралы шартқа қол қойған кезде басталады.</translation>
    </message>
    <message>
        <source>&amp;Signed on</source>
        <translation>Қол қойылған &amp;күні</translation>
    </message>
    <message>
        <source>Start mediation</source>
        <translation>Медиацияны бастау</translation>
    </message>
</context>
<context>
    <name>BlankFormDialog</name>
    <message>
        <source>Blank forms</source>
        <translation>Бос нысандар</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Нысан</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message numerus="yes">
        <source>Cannot save yet: {problem} (and %n more)</source>
        <translation>
            <numerusform>Әзірге сақтау мүмкін емес: {problem} (тағы %n ескерту бар)</numerusform>
            <numerusform>Әзірге сақтау мүмкін емес: {problem} (тағы %n ескерту бар)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save yet: {problem}</source>
        <translation>Әзірге сақтау мүмкін емес: {problem}</translation>
    </message>
    <message>
        <source>The changes are not saved yet.</source>
        <translation>Өзгерістер әлі сақталған жоқ.</translation>
    </message>
    <message>
        <source>Everything is saved.</source>
        <translation>Барлығы сақталды.</translation>
    </message>
    <message>
        <source>Print a paper of this case ({shortcut})</source>
        <translation>Осы істің құжатын басып шығару ({shortcut})</translation>
    </message>
    <message>
        <source>The case is not saved</source>
        <translation>Іс сақталмады</translation>
    </message>
    <message>
        <source>Correct these first:</source>
        <translation>Алдымен мыналарды түзетіңіз:</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>This case has changes that are not saved. Save them before closing?</source>
        <translation>Бұл істе сақталмаған өзгерістер бар. Жаппас бұрын оларды сақтайсыз ба?</translation>
    </message>
    <message>
        <source>Delete case {number}</source>
        <translation>Істі жою: {number}</translation>
    </message>
    <message>
        <source>Delete case {number}? Do this only for a case registered by mistake. Its number is not given again.</source>
        <translation>{number} нөмірлі істі жоясыз ба? Мұны тек қателесіп тіркелген іс үшін ғана жасаңыз. Оның нөмірі басқа іске қайта берілмейді.</translation>
    </message>
    <message>
        <source>Delete the case</source>
        <translation>Істі жою</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Жаңа іс</translation>
    </message>
    <message>
        <source>New case, not registered yet: it gets its number when you save it.</source>
        <translation>Жаңа іс, әлі тіркелмеген: оны сақтаған кезде нөмір беріледі.</translation>
    </message>
    <message>
        <source>Case {number}</source>
        <translation>Іс {number}</translation>
    </message>
    <message>
        <source>Case {number} · {status}</source>
        <translation>Іс {number} · {status}</translation>
    </message>
    <message>
        <source>Deadline {day}</source>
        <translation>Мерзімі: {day}</translation>
    </message>
    <message>
        <source>Mediation and its outcome are filled in once the case is saved.</source>
        <translation>Медиация және оның нәтижесі іс сақталғаннан кейін толтырылады.</translation>
    </message>
    <message>
        <source>Cas&amp;e</source>
        <translation>&amp;Іс</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>&amp;Тараптар</translation>
    </message>
    <message>
        <source>&amp;Mediation</source>
        <translation>&amp;Медиация</translation>
    </message>
    <message>
        <source>Outcome and &amp;terms</source>
        <translation>&amp;Нәтиже және міндеттемелер</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <source>Save the case first</source>
        <translation>Алдымен істі сақтаңыз</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>De&amp;lete case...</source>
        <translation>Істі &amp;жою...</translation>
    </message>
</context>
<context>
    <name>CaseFilters</name>
    <message>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Мәр&amp;тебесі:</translation>
    </message>
    <message>
        <source>Cat&amp;egory:</source>
        <translation>&amp;Санаты:</translation>
    </message>
    <message>
        <source>&amp;Mediator:</source>
        <translation>&amp;Медиатор:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Ке&amp;зең:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Басы:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Со&amp;ңы:</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Барлығын &amp;көрсету</translation>
    </message>
    <message>
        <source>Clear every filter and show all cases</source>
        <translation>Барлық сүзгіні алып тастап, барлық істі көрсету</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Барлық уақыт</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Осы жыл</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Соңғы 30 күн</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Таңдалған күндер</translation>
    </message>
</context>
<context>
    <name>CasePrintDialog</name>
    <message>
        <source>{document}, case {number}</source>
        <translation>{document}, {number} нөмірлі іс</translation>
    </message>
    <message>
        <source>Choose a paper</source>
        <translation>Құжатты таңдаңыз</translation>
    </message>
    <message>
        <source>Print — case {number}</source>
        <translation>Басып шығару — {number} нөмірлі іс</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Agreements and the termination notice are signed papers: each one printed or saved is noted in the case&apos;s history.</source>
        <translation>Шарт, келісім және тоқтату туралы хабарлама — қол қойылатын құжаттар: әрбір басып шығарылған не сақталған данасы іс тарихына жазылады.</translation>
    </message>
    <message>
        <source>Session the invitation calls to</source>
        <translation>Шақыру жасалатын кездесу</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Күні</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Уақыты</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Орны</translation>
    </message>
    <message>
        <source>What is left empty prints as a line to fill in by hand.</source>
        <translation>Толтырылмағаны қолмен жазуға арналған сызық болып басылады.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>{status}: {outcome}</source>
        <translation>{status}: {outcome}</translation>
    </message>
    <message>
        <source>{date} — {state}</source>
        <translation>{date} — {state}</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Тіркелген күні</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Тараптар</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>Медиаторлар</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзімі</translation>
    </message>
</context>
<context>
    <name>CentreDialog</name>
    <message>
        <source>Type the centre&apos;s name</source>
        <translation>Орталықтың атауын жазыңыз</translation>
    </message>
    <message>
        <source>Correct what is marked above</source>
        <translation>Жоғарыда белгіленгенді түзетіңіз</translation>
    </message>
    <message>
        <source>Make this the regional centre</source>
        <translation>Бұл тізілімді өңірлік орталық ету</translation>
    </message>
    <message>
        <source>This register becomes the regional mediation centre: it enrols the offices of the region, merges their sync bundles and sends them back corrections and rules. It gets a key of its own, whose fingerprint the offices compare by phone. Make the centre in a data folder of its own, not in an office&apos;s.</source>
        <translation>Бұл тізілім өңірлік медиация орталығы болады: ол өңірдің кабинеттерін тіркейді, олардың синхрондау пакеттерін біріктіреді және оларға түзетулер мен ережелерді қайтарады. Орталық өз кілтін алады, оның саусақ ізін кабинеттер телефон арқылы салыстырады. Орталықты кабинеттің емес, өзінің жеке деректер қалтасында жасаңыз.</translation>
    </message>
    <message>
        <source>Centre&apos;s &amp;name</source>
        <translation>Орталықтың &amp;атауы</translation>
    </message>
    <message>
        <source>Centre&apos;s &amp;code</source>
        <translation>Орталықтың &amp;коды</translation>
    </message>
    <message>
        <source>&amp;Make this the centre</source>
        <translation>Орталық &amp;ету</translation>
    </message>
</context>
<context>
    <name>ClosingDialog</name>
    <message>
        <source>Remove an agreed term</source>
        <translation>Міндеттемені алып тастау</translation>
    </message>
    <message>
        <source>Remove agreed term {n} and what is typed in it?</source>
        <translation>Міндеттеме {n} мен оған енгізілген мәліметтерді алып тастайсыз ба?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>Choose the outcome</source>
        <translation>Нәтижені таңдаңыз</translation>
    </message>
    <message>
        <source>Agreed term {n}: {reason}</source>
        <translation>Міндеттеме {n}: {reason}</translation>
    </message>
    <message>
        <source>Close case {number} as “{outcome}” on {date}?
This cannot be undone: a closed case takes no more sessions, and its outcome stays.</source>
        <translation>{number} нөмірлі істі «{outcome}» нәтижесімен жабасыз ба? Жабылған күні: {date}.
Мұны кері қайтару мүмкін емес: жабылған іске медиация кездесулері қосылмайды, ал оның нәтижесі өзгермейді.</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Істі жабу</translation>
    </message>
    <message>
        <source>Close case {number}</source>
        <translation>Істі жабу — іс {number}</translation>
    </message>
    <message>
        <source>&amp;Closed on</source>
        <translation>&amp;Жабылған күні</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Нәтижесі</translation>
    </message>
    <message>
        <source>Agreed terms of the settlement</source>
        <translation>Дауды реттеу туралы келісім бойынша міндеттемелер</translation>
    </message>
    <message>
        <source>&amp;Add an agreed term</source>
        <translation>Міндеттеме &amp;қосу</translation>
    </message>
    <message>
        <source>Close the case…</source>
        <translation>Істі жабу…</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <source>Case number</source>
        <translation>Іс нөмірі</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Кіммен</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Табылған уақыты</translation>
    </message>
</context>
<context>
    <name>DueView</name>
    <message numerus="yes">
        <source>Cases with the deadline within %n day(s) or past: {count}</source>
        <translation>
            <numerusform>Мерзімі %n күн ішінде бітетін немесе өтіп кеткен істер: {count}</numerusform>
            <numerusform>Мерзімі %n күн ішінде бітетін немесе өтіп кеткен істер: {count}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agreed terms due within %n day(s) or late: {count}</source>
        <translation>
            <numerusform>Мерзімі %n күн ішінде келетін немесе өтіп кеткен міндеттемелер: {count}</numerusform>
            <numerusform>Мерзімі %n күн ішінде келетін немесе өтіп кеткен міндеттемелер: {count}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Save the office&apos;s setup file</source>
        <translation>Кабинеттің баптау файлын сақтау</translation>
    </message>
    <message>
        <source>Setup files (*.json)</source>
        <translation>Баптау файлдары (*.json)</translation>
    </message>
    <message>
        <source>Fill in the office&apos;s code and both names</source>
        <translation>Кабинеттің коды мен екі атауын толтырыңыз</translation>
    </message>
    <message>
        <source>Correct what is marked above</source>
        <translation>Жоғарыда белгіленгенді түзетіңіз</translation>
    </message>
    <message>
        <source>Office {code} is enrolled already. To give it a new key (its PC was lost or replaced), tick “{again}”.</source>
        <translation>{code} кабинеті тіркеліп қойған. Оған жаңа кілт беру үшін (компьютері жоғалса немесе ауыстырылса) «{again}» белгісін қойыңыз.</translation>
    </message>
    <message>
        <source>Office {code} was never enrolled: untick “{again}”.</source>
        <translation>{code} кабинеті ешқашан тіркелмеген: «{again}» белгісін алып тастаңыз.</translation>
    </message>
    <message>
        <source>Choose where to save the setup file</source>
        <translation>Баптау файлын қайда сақтайтынын таңдаңыз</translation>
    </message>
    <message>
        <source>Enrol an office</source>
        <translation>Кабинетті тіркеу</translation>
    </message>
    <message>
        <source>The office gets a setup file: hand it over in person (a USB stick), and the office joins with it. From then on this centre accepts bundles from the office only when they are signed with the office&apos;s own key.</source>
        <translation>Кабинет баптау файлын алады: оны қолма-қол (USB жинақтауышпен) тапсырыңыз, кабинет сол арқылы қосылады. Содан бастап бұл орталық кабинеттің пакеттерін тек кабинеттің өз кілтімен қол қойылған болса ғана қабылдайды.</translation>
    </message>
    <message>
        <source>Office &amp;code</source>
        <translation>Кабинет &amp;коды</translation>
    </message>
    <message>
        <source>Name in &amp;Kazakh</source>
        <translation>&amp;Қазақша атауы</translation>
    </message>
    <message>
        <source>Name in &amp;Russian</source>
        <translation>&amp;Орысша атауы</translation>
    </message>
    <message>
        <source>&amp;Setup file</source>
        <translation>&amp;Баптау файлы</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Таңдау…</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>әлі таңдалмаған</translation>
    </message>
    <message>
        <source>&amp;Again, with a new key (lost or replaced PC)</source>
        <translation>Қ&amp;айта, жаңа кілтпен (компьютер жоғалған не ауыстырылған)</translation>
    </message>
    <message>
        <source>The office&apos;s old key stops being accepted. Its cases stay here at the centre: once the office has joined with the new setup file and sent its first bundle, export a full bundle for it to restore its register.</source>
        <translation>Кабинеттің ескі кілті бұдан былай қабылданбайды. Оның істері осында, орталықта сақталады: кабинет жаңа баптау файлымен қосылып, алғашқы пакетін жібергеннен кейін, оның тізілімін қалпына келтіру үшін толық пакет экспорттаңыз.</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>Тірке&amp;у</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Copied</source>
        <translation>Көшірілді</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Қате орын алды</translation>
    </message>
    <message>
        <source>Something went wrong. Your saved work is safe; the action you were doing may not have been saved.

You can go on working. If this happens again, tell whoever supports the program and give them the details: they contain no names or numbers of people.</source>
        <translation>Қате орын алды. Бұрын сақталған деректеріңізге зиян келген жоқ; соңғы әрекетіңіз сақталмаған болуы мүмкін.

Жұмысты жалғастыра беруге болады. Егер бұл қайталанса, бағдарламаға қызмет көрсететін маманға хабарлап, оған толық мәліметтерді беріңіз: оларда адамдардың аты-жөні мен нөмірлері жоқ.</translation>
    </message>
    <message>
        <source>The program&apos;s log is in {file}</source>
        <translation>Бағдарлама журналы: {file}</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Толығырақ</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>Толық мәліметті &amp;көшіру</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The data in {folder} cannot be opened:
{reason}</source>
        <translation>{folder} қалтасындағы деректерді ашу мүмкін емес:
{reason}</translation>
    </message>
    <message>
        <source>Kelisim cannot use the data folder {folder}. Check that the disk is there and that you may write to the folder.</source>
        <translation>Kelisim {folder} деректер қалтасын пайдалана алмайды. Диск қосылғанын және Сізде сол қалтаға жазуға рұқсат бар екенін тексеріңіз.</translation>
    </message>
    <message>
        <source>Kelisim cannot start</source>
        <translation>Kelisim іске қосылмады</translation>
    </message>
</context>
<context>
    <name>FieldChoiceModel</name>
    <message>
        <source>take</source>
        <translation>алу</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>In this register</source>
        <translation>Осы тізілімде</translation>
    </message>
    <message>
        <source>At the other side</source>
        <translation>Екінші жақта</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Алу</translation>
    </message>
    <message>
        <source>Tick to take the other side&apos;s value of the field</source>
        <translation>Өрістің екінші жақтағы мәнін алу үшін белгілеңіз</translation>
    </message>
</context>
<context>
    <name>FulfilmentDialog</name>
    <message>
        <source>Record fulfilment — case {number}</source>
        <translation>Орындалуын белгілеу — іс {number}</translation>
    </message>
    <message>
        <source>{debtor} owes: {what}</source>
        <translation>Кім міндетті: {debtor}. Міндеттеме: {what}</translation>
    </message>
    <message>
        <source>&amp;Fulfilment</source>
        <translation>&amp;Орындалуы</translation>
    </message>
    <message>
        <source>Fulfilled &amp;on</source>
        <translation>Орындалған &amp;күні</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазу</translation>
    </message>
</context>
<context>
    <name>IdentifierField</name>
    <message>
        <source>{name}: digits only, please</source>
        <translation>{name}: тек цифрларды енгізіңіз</translation>
    </message>
    <message>
        <source>{count} of 12 digits</source>
        <translation>12 цифрдың {count} енгізілді</translation>
    </message>
    <message>
        <source>This is an organisation&apos;s BIN, not a person&apos;s IIN</source>
        <translation>Бұл адамның ЖСН-і емес, ұйымның БСН-і</translation>
    </message>
    <message>
        <source>This is a person&apos;s IIN, not an organisation&apos;s BIN</source>
        <translation>Бұл ұйымның БСН-і емес, адамның ЖСН-і</translation>
    </message>
    <message>
        <source>Valid BIN</source>
        <translation>БСН дұрыс</translation>
    </message>
    <message>
        <source>Valid IIN</source>
        <translation>ЖСН дұрыс</translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message>
        <source>Office journal, {first} – {last}</source>
        <translation>Кабинет журналы, {first} – {last}</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>Кезең басталмай тұрып аяқталады.</translation>
    </message>
    <message>
        <source>Office journal</source>
        <translation>Кабинет журналы</translation>
    </message>
    <message>
        <source>The cases registered in the period, one row each.</source>
        <translation>Кезеңде тіркелген істер, әрқайсысы бір жолда.</translation>
    </message>
    <message>
        <source>&amp;Start of the period</source>
        <translation>Кезеңнің &amp;басы</translation>
    </message>
    <message>
        <source>&amp;End of the period</source>
        <translation>Кезеңнің &amp;соңы</translation>
    </message>
</context>
<context>
    <name>JournalImport</name>
    <message>
        <source>Choose the journal</source>
        <translation>Журналды таңдаңыз</translation>
    </message>
    <message>
        <source>Journals (*.xlsx *.csv);;All files (*)</source>
        <translation>Журналдар (*.xlsx *.csv);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Save an empty journal</source>
        <translation>Бос журналды сақтау</translation>
    </message>
    <message>
        <source>journal.xlsx</source>
        <translation>журнал.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <source>Cannot write {path}</source>
        <translation>Жазу мүмкін емес: {path}</translation>
    </message>
    <message>
        <source>An empty journal was saved to {path}. Fill it in and import it here.</source>
        <translation>Бос журнал сақталды: {path}. Оны толтырып, осы жерде импорттаңыз.</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Файл: {path}</translation>
    </message>
    <message>
        <source>There is nothing new to import in this file.</source>
        <translation>Бұл файлда импорттайтын жаңа ештеңе жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) imported into the register.</source>
        <translation>
            <numerusform>Тізілімге %n іс импортталды.</numerusform>
            <numerusform>Тізілімге %n іс импортталды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Problems that stop the import: %n. Correct them in the file and check it again. Nothing was imported.</source>
        <translation>
            <numerusform>Импорттауға кедергі келтіретін қателер: %n. Оларды файлда түзетіп, қайта тексеріңіз. Ештеңе импортталған жоқ.</numerusform>
            <numerusform>Импорттауға кедергі келтіретін қателер: %n. Оларды файлда түзетіп, қайта тексеріңіз. Ештеңе импортталған жоқ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file is correct: %n case(s) ready to import.</source>
        <translation>
            <numerusform>Файл дұрыс: %n іс импорттауға дайын.</numerusform>
            <numerusform>Файл дұрыс: %n іс импорттауға дайын.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) of this file already in the register.</source>
        <translation>
            <numerusform>Бұл файлдағы %n іс тізілімде бұрыннан бар.</numerusform>
            <numerusform>Бұл файлдағы %n іс тізілімде бұрыннан бар.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mediator(s) named in the file will join the register.</source>
        <translation>
            <numerusform>Файлда аталған %n медиатор тізілімге қосылады.</numerusform>
            <numerusform>Файлда аталған %n медиатор тізілімге қосылады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns not used: {columns}</source>
        <translation>Пайдаланылмайтын бағандар: {columns}</translation>
    </message>
    <message>
        <source>Import a journal</source>
        <translation>Журналды импорттау</translation>
    </message>
    <message>
        <source>Bring the office&apos;s existing journal (Excel .xlsx or .csv) into the register. The file is checked first; nothing is imported until every row is correct, and a file imported twice adds nothing.</source>
        <translation>Медиация кабинеті бұрын жүргізген журналды (Excel .xlsx немесе .csv) тізілімге көшіріңіз. Алдымен файл тексеріледі; барлық жол дұрыс болмайынша ештеңе импортталмайды, ал бір файлды екі рет импорттау ештеңе қоспайды.</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Файлды таңдау…</translation>
    </message>
    <message>
        <source>Save an &amp;empty journal…</source>
        <translation>&amp;Бос журналды сақтау…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Баған</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Қате</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Register</source>
        <translation>Істер тізілімі</translation>
    </message>
    <message>
        <source>About Kelisim</source>
        <translation>Kelisim туралы</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln іс</numerusform>
            <numerusform>%Ln іс</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a case in the list first</source>
        <translation>Алдымен тізімнен істі таңдаңыз</translation>
    </message>
    <message>
        <source>Kelisim {version}

The case register of a mediation office: cases, parties, agreements and their terms, kept on this computer.</source>
        <translation>Kelisim {version}

Медиация кабинетінің істер тізілімі: істер, тараптар, келісімдер және олардың міндеттемелері осы компьютерде сақталады.</translation>
    </message>
    <message>
        <source>Set up the office first: Office ▸ Office settings</source>
        <translation>Алдымен кабинетті баптаңыз: Кабинет ▸ Кабинет баптаулары</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>Із&amp;деу:</translation>
    </message>
    <message>
        <source>Search: name, IIN/BIN, case number, subject</source>
        <translation>Іздеу: аты, ЖСН/БСН, іс нөмірі, даудың мәні</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Мерзімі таяу</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхрондау</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Іс</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>&amp;Кабинет</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Кө&amp;рініс</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Ті&amp;л</translation>
    </message>
    <message>
        <source>&amp;Type size</source>
        <translation>Қаріп &amp;өлшемі</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Жаңа іс</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>Істі &amp;ашу</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Жа&amp;ңарту</translation>
    </message>
    <message>
        <source>&amp;Import a journal…</source>
        <translation>Журналды &amp;импорттау…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>Print a paper of the chosen case</source>
        <translation>Таңдалған істің құжатын басып шығару</translation>
    </message>
    <message>
        <source>&amp;Blank forms…</source>
        <translation>Бос &amp;нысандар…</translation>
    </message>
    <message>
        <source>Office &amp;journal…</source>
        <translation>Кабинет ж&amp;урналы…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Find a case</source>
        <translation>Істі &amp;іздеу</translation>
    </message>
    <message>
        <source>Office &amp;settings…</source>
        <translation>Кабинет &amp;баптаулары…</translation>
    </message>
    <message>
        <source>&amp;Mediator register…</source>
        <translation>&amp;Медиаторлар тізілімі…</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>Істер &amp;тізілімі</translation>
    </message>
    <message>
        <source>&amp;Due soon</source>
        <translation>&amp;Мерзімі таяу</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>&amp;Синхрондау</translation>
    </message>
    <message>
        <source>&amp;About Kelisim</source>
        <translation>Kelisim &amp;туралы</translation>
    </message>
    <message>
        <source>&amp;Normal</source>
        <translation>&amp;Қалыпты</translation>
    </message>
    <message>
        <source>&amp;Large</source>
        <translation>&amp;Ірі</translation>
    </message>
    <message>
        <source>&amp;Extra large</source>
        <translation>&amp;Өте ірі</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Құралдар тақтасы</translation>
    </message>
    <message>
        <source>Kelisim — {office}</source>
        <translation>Kelisim — {office}</translation>
    </message>
    <message>
        <source>Register a new case</source>
        <translation>Жаңа істі тіркеу</translation>
    </message>
</context>
<context>
    <name>MediationPanel</name>
    <message>
        <source>A mediator no longer in the register</source>
        <translation>Тізілімде енді жоқ медиатор</translation>
    </message>
    <message>
        <source>{name} — {kind}</source>
        <translation>{name} — {kind}</translation>
    </message>
    <message numerus="yes">
        <source>Extend the time limit of case {number} by %n day(s), until {deadline}?
This is extension {n} of the {allowed} the rules allow; it cannot be undone.</source>
        <translation>
            <numerusform>{number} нөмірлі іс бойынша мерзімді %n күнге ұзартасыз ба? Жаңа мерзім: {deadline}.
Ұзарту реті: {n}, ережеде рұқсат етілгені: {allowed}; ұзартуды кері қайтару мүмкін емес.</numerusform>
            <numerusform>{number} нөмірлі іс бойынша мерзімді %n күнге ұзартасыз ба? Жаңа мерзім: {deadline}.
Ұзарту реті: {n}, ережеде рұқсат етілгені: {allowed}; ұзартуды кері қайтару мүмкін емес.</numerusform>
        </translation>
    </message>
    <message>
        <source>Extend the time limit</source>
        <translation>Мерзімді ұзарту</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Ұзарту</translation>
    </message>
    <message>
        <source>{n} of {allowed}</source>
        <translation>{n} рет (ең көбі {allowed} рет)</translation>
    </message>
    <message numerus="yes">
        <source>{date}: overdue by %n day(s)</source>
        <translation>
            <numerusform>{date}: мерзімі %n күн өтіп кетті</numerusform>
            <numerusform>{date}: мерзімі %n күн өтіп кетті</numerusform>
        </translation>
    </message>
    <message>
        <source>{date}: ends today</source>
        <translation>{date}: бүгін бітеді</translation>
    </message>
    <message numerus="yes">
        <source>{date}: %n day(s) left</source>
        <translation>
            <numerusform>{date}: %n күн қалды</numerusform>
            <numerusform>{date}: %n күн қалды</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody recorded</source>
        <translation>ешкім белгіленбеген</translation>
    </message>
    <message>
        <source>Session of {date}: {reason}</source>
        <translation>Медиация кездесуі ({date}): {reason}</translation>
    </message>
    <message>
        <source>Mediators of this case</source>
        <translation>Осы істің медиаторлары</translation>
    </message>
    <message>
        <source>&amp;Add mediator</source>
        <translation>Медиатор &amp;қосу</translation>
    </message>
    <message>
        <source>&amp;Remove the chosen mediator</source>
        <translation>Таңдалған медиаторды &amp;алып тастау</translation>
    </message>
    <message>
        <source>No other active mediator in the register</source>
        <translation>Тізілімде басқа белсенді медиатор жоқ</translation>
    </message>
    <message>
        <source>Mediator to add</source>
        <translation>Қосылатын медиатор</translation>
    </message>
    <message>
        <source>Agreement to mediate</source>
        <translation>Медиация туралы шарт</translation>
    </message>
    <message>
        <source>The agreement to mediate has not been signed yet. The time limit starts when it is.</source>
        <translation>Медиация туралы шартқа әлі қол қойылған жоқ. Мерзім шартқа қол қойылған күннен басталады.</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>Қол қойылған күні:</translation>
    </message>
    <message>
        <source>Mediation must end by:</source>
        <translation>Медиацияның аяқталу мерзімі:</translation>
    </message>
    <message>
        <source>Time limit extended:</source>
        <translation>Мерзім ұзартылды:</translation>
    </message>
    <message>
        <source>&amp;Start mediation…</source>
        <translation>Медиацияны &amp;бастау…</translation>
    </message>
    <message>
        <source>&amp;Extend the time limit…</source>
        <translation>Мерзімді &amp;ұзарту…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Медиация кездесулері</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Who attended</source>
        <translation>Кім қатысты</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Record a &amp;session…</source>
        <translation>&amp;Кездесуді жазу…</translation>
    </message>
</context>
<context>
    <name>MediatorRegister</name>
    <message>
        <source>To save, write the full name.</source>
        <translation>Сақтау үшін аты-жөнін жазыңыз.</translation>
    </message>
    <message>
        <source>To save, correct the IIN or leave it empty.</source>
        <translation>Сақтау үшін ЖСН-ді түзетіңіз немесе бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>To save, correct what is marked.</source>
        <translation>Сақтау үшін белгіленгенді түзетіңіз.</translation>
    </message>
    <message>
        <source>The changes are not saved yet.</source>
        <translation>Өзгерістер әлі сақталған жоқ.</translation>
    </message>
    <message>
        <source>✓ Saved.</source>
        <translation>✓ Сақталды.</translation>
    </message>
    <message>
        <source>Save or undo the changes first</source>
        <translation>Алдымен өзгерістерді сақтаңыз немесе кері қайтарыңыз</translation>
    </message>
    <message>
        <source>New mediator</source>
        <translation>Жаңа медиатор</translation>
    </message>
    <message>
        <source>Mediator: {name}</source>
        <translation>Медиатор: {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n mediator(s) shown</source>
        <translation>
            <numerusform>%n медиатор көрсетілген</numerusform>
            <numerusform>%n медиатор көрсетілген</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>The mediator has changes that are not saved. Save them before closing?</source>
        <translation>Медиатор туралы деректерде сақталмаған өзгерістер бар. Жаппас бұрын оларды сақтайсыз ба?</translation>
    </message>
    <message>
        <source>Mediators of the office</source>
        <translation>Кабинеттің медиаторлары</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <source>name, register number or IIN</source>
        <translation>аты-жөні, тізілімдегі нөмірі немесе ЖСН</translation>
    </message>
    <message>
        <source>Show &amp;inactive too</source>
        <translation>&amp;Белсенді еместерді де көрсету</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>Тегі, &amp;аты, әкесінің аты</translation>
    </message>
    <message>
        <source>II&amp;N (if known)</source>
        <translation>&amp;ЖСН (белгілі болса)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Түрі</translation>
    </message>
    <message>
        <source>&amp;Register number</source>
        <translation>Тізілімдегі &amp;нөмірі</translation>
    </message>
    <message>
        <source>Languages the mediator works in</source>
        <translation>Медиатор жұмыс істейтін тілдер</translation>
    </message>
    <message>
        <source>No &amp;longer mediates</source>
        <translation>&amp;Енді медиация жүргізбейді</translation>
    </message>
    <message>
        <source>Mediators are never deleted: their cases keep their names. One who stops is only marked so.</source>
        <translation>Медиаторлар ешқашан жойылмайды: олардың істерінде аты-жөндері сақталады. Жұмысын тоқтатқан медиатор тек белгіленеді.</translation>
    </message>
    <message>
        <source>Ne&amp;w mediator</source>
        <translation>Жаңа &amp;медиатор</translation>
    </message>
    <message>
        <source>&amp;Add to the register</source>
        <translation>Тізілімге &amp;қосу</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Өзгерістерді &amp;сақтау</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>Өзгерістерді &amp;кері қайтару</translation>
    </message>
</context>
<context>
    <name>MediatorTableModel</name>
    <message>
        <source>Mediates</source>
        <translation>Медиация жүргізеді</translation>
    </message>
    <message>
        <source>No longer mediates</source>
        <translation>Енді медиация жүргізбейді</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>Тізілімдегі нөмірі</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Тілдері</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
</context>
<context>
    <name>ObligationTableModel</name>
    <message>
        <source>{debtor} owes {creditor}</source>
        <translation>Кім міндетті: {debtor}; кімге: {creditor}</translation>
    </message>
    <message>
        <source>{state} — {fulfilment}</source>
        <translation>{state} — {fulfilment}</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Who owes</source>
        <translation>Кім міндетті</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Міндеттеме</translation>
    </message>
    <message>
        <source>Amount, tenge</source>
        <translation>Сомасы, теңге</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Орындау мерзімі</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Жағдайы</translation>
    </message>
</context>
<context>
    <name>OfficeExportDialog</name>
    <message>
        <source>Where to write the bundle</source>
        <translation>Пакетті қайда жазу керек</translation>
    </message>
    <message>
        <source>No office is enrolled yet</source>
        <translation>Әзірге бірде-бір кабинет тіркелмеген</translation>
    </message>
    <message>
        <source>Office {code} has sent no bundle yet: its key is not known, so nothing can be written for it. Import its first bundle, then export.</source>
        <translation>{code} кабинеті әлі пакет жіберген жоқ: оның кілті белгісіз, сондықтан ол үшін ештеңе жазу мүмкін емес. Алдымен оның алғашқы пакетін импорттаңыз, содан кейін экспорттаңыз.</translation>
    </message>
    <message>
        <source>Choose the folder to write the bundle to</source>
        <translation>Пакет жазылатын қалтаны таңдаңыз</translation>
    </message>
    <message>
        <source>Cannot write to {folder}: {reason}</source>
        <translation>{folder} қалтасына жазу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>Export for an office</source>
        <translation>Кабинет үшін экспорт</translation>
    </message>
    <message>
        <source>A bundle for one office: the corrections made here to its cases, the rules data, and which of its bundles arrived, so that it sends only what the centre lacks.</source>
        <translation>Бір кабинетке арналған пакет: мұнда оның істеріне енгізілген түзетулер, ережелер деректері және оның қай пакеттері келгені, сонда ол орталықта жоғын ғана жібереді.</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>&amp;Кабинет</translation>
    </message>
    <message>
        <source>Fol&amp;der</source>
        <translation>&amp;Қалта</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Таңдау…</translation>
    </message>
    <message>
        <source>&amp;Full: restore the office&apos;s register</source>
        <translation>Т&amp;олық: кабинеттің тізілімін қалпына келтіру</translation>
    </message>
    <message>
        <source>Every record of the office, not only the changes: for an office enrolled again on a new or replaced PC.</source>
        <translation>Тек өзгерістер емес, кабинеттің барлық жазбалары: жаңа немесе ауыстырылған компьютерде қайта тіркелген кабинет үшін.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорттау</translation>
    </message>
</context>
<context>
    <name>OfficeSettings</name>
    <message>
        <source>To save, fill in: {fields}</source>
        <translation>Сақтау үшін мыналарды толтырыңыз: {fields}</translation>
    </message>
    <message>
        <source>To save, correct what is marked above.</source>
        <translation>Сақтау үшін жоғарыда белгіленгенді түзетіңіз.</translation>
    </message>
    <message>
        <source>The office settings have changes that are not saved. Save them?</source>
        <translation>Кабинет баптауларында сақталмаған өзгерістер бар. Оларды сақтайсыз ба?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>Welcome to Kelisim</source>
        <translation>Kelisim бағдарламасына қош келдіңіз</translation>
    </message>
    <message>
        <source>Set up your office: its code prefixes every case number, for example KRG01-2026-0001. You can change the other details later.</source>
        <translation>Медиация кабинетін баптаңыз: оның коды әр іс нөмірінің басында тұрады, мысалы, KRG01-2026-0001. Басқа мәліметтерді кейін өзгертуге болады.</translation>
    </message>
    <message>
        <source>Office settings</source>
        <translation>Кабинет баптаулары</translation>
    </message>
    <message>
        <source>Who keeps this register of cases.</source>
        <translation>Бұл істер тізілімін кім жүргізеді.</translation>
    </message>
    <message>
        <source>Office &amp;code</source>
        <translation>Кабинет &amp;коды</translation>
    </message>
    <message>
        <source>Name in &amp;Kazakh</source>
        <translation>&amp;Қазақша атауы</translation>
    </message>
    <message>
        <source>Name in &amp;Russian</source>
        <translation>&amp;Орысша атауы</translation>
    </message>
    <message>
        <source>&amp;District</source>
        <translation>&amp;Аудан</translation>
    </message>
    <message>
        <source>Re&amp;gion</source>
        <translation>Об&amp;лыс</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Мекенжайы</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Телефоны</translation>
    </message>
    <message>
        <source>&amp;Head of the office</source>
        <translation>Кабинет &amp;басшысы</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Уақыт белдеуі</translation>
    </message>
    <message>
        <source>The code stays as it is: cases are already numbered with it.</source>
        <translation>Кодты өзгертуге болмайды: істер осы кодпен нөмірленіп қойған.</translation>
    </message>
    <message>
        <source>2 to 12 Latin capital letters or digits, e.g. KRG01. It cannot be changed once a case is registered.</source>
        <translation>2–12 латынның бас әрпі немесе цифр, мысалы, KRG01. Алғашқы іс тіркелгеннен кейін кодты өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>Almaty, Astana</source>
        <translation>Алматы, Астана</translation>
    </message>
    <message>
        <source>Kostanay</source>
        <translation>Қостанай</translation>
    </message>
    <message>
        <source>Aktobe</source>
        <translation>Ақтөбе</translation>
    </message>
    <message>
        <source>Aktau</source>
        <translation>Ақтау</translation>
    </message>
    <message>
        <source>Atyrau</source>
        <translation>Атырау</translation>
    </message>
    <message>
        <source>Oral</source>
        <translation>Орал</translation>
    </message>
    <message>
        <source>Kyzylorda</source>
        <translation>Қызылорда</translation>
    </message>
    <message>
        <source>Since March 2024 all of Kazakhstan keeps the same time (UTC+5); the deadlines count days by it.</source>
        <translation>2024 жылғы наурыздан бастап бүкіл Қазақстанда бір уақыт (UTC+5) қолданылады; мерзімдердің күндері сол бойынша есептеледі.</translation>
    </message>
    <message>
        <source>Time limits of mediation</source>
        <translation>Медиация мерзімдері</translation>
    </message>
    <message numerus="yes">
        <source>Mediation ends within %n day(s) of the agreement to mediate.</source>
        <translation>
            <numerusform>Медиация туралы шарт жасалған күннен бастап медиация %n күн ішінде аяқталады.</numerusform>
            <numerusform>Медиация туралы шарт жасалған күннен бастап медиация %n күн ішінде аяқталады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An extension adds %n day(s).</source>
        <translation>
            <numerusform>Бір рет ұзарту мерзімге %n күн қосады.</numerusform>
            <numerusform>Бір рет ұзарту мерзімге %n күн қосады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n extension(s).</source>
        <translation>
            <numerusform>Ең көбі %n рет ұзартуға болады.</numerusform>
            <numerusform>Ең көбі %n рет ұзартуға болады.</numerusform>
        </translation>
    </message>
    <message>
        <source>These limits are set by the regional mediation centre and arrive with its reference data; they cannot be changed here.</source>
        <translation>Бұл мерзімдерді өңірлік медиация орталығы белгілейді, олар оның анықтамалық деректерімен бірге келеді; оларды мұнда өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>Until the office is set up, no case can be registered. You can set it up later in the office settings.</source>
        <translation>Кабинет бапталмайынша, бірде-бір істі тіркеуге болмайды. Оны кейінірек кабинет баптауларында баптауға болады.</translation>
    </message>
    <message>
        <source>Set up &amp;later</source>
        <translation>Кейінірек ба&amp;птау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <source>Choose a term in the table first</source>
        <translation>Алдымен кестеден міндеттемені таңдаңыз</translation>
    </message>
    <message>
        <source>{date}: {state}</source>
        <translation>{date}: {state}</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>The case is open. When mediation ends, close the case with its outcome; for a settlement, write down the terms the parties agreed.</source>
        <translation>Іс ашық. Медиация аяқталғанда істі нәтижесімен жабыңыз; дау реттелсе, тараптар келіскен міндеттемелерді жазыңыз.</translation>
    </message>
    <message>
        <source>&amp;Close the case…</source>
        <translation>Істі жа&amp;бу…</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Нәтижесі:</translation>
    </message>
    <message>
        <source>Closed on:</source>
        <translation>Жабылған күні:</translation>
    </message>
    <message>
        <source>Agreed terms and their fulfilment</source>
        <translation>Міндеттемелер және олардың орындалуы</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Міндеттеме</translation>
    </message>
    <message>
        <source>Amount, tenge</source>
        <translation>Сомасы, теңге</translation>
    </message>
    <message>
        <source>Who owes → to whom</source>
        <translation>Кім міндетті → кімге</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>Орындалуы</translation>
    </message>
    <message>
        <source>Record &amp;fulfilment…</source>
        <translation>&amp;Орындалуын белгілеу…</translation>
    </message>
</context>
<context>
    <name>PaperDialog</name>
    <message>
        <source>&amp;Language of the paper</source>
        <translation>Құжаттың &amp;тілі</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Алдын ала &amp;қарау…</translation>
    </message>
</context>
<context>
    <name>PartyCard</name>
    <message>
        <source>Party {number}</source>
        <translation>Тарап {number}</translation>
    </message>
    <message>
        <source>&amp;Role in the dispute</source>
        <translation>Даудағы &amp;рөлі</translation>
    </message>
    <message>
        <source>&amp;Individual or legal entity</source>
        <translation>Жеке немесе &amp;заңды тұлға</translation>
    </message>
    <message>
        <source>&amp;Name of the legal entity</source>
        <translation>Заңды тұлғаның &amp;атауы</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>Тегі, &amp;аты, әкесінің аты</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>Мек&amp;енжайы</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Теле&amp;фоны</translation>
    </message>
    <message>
        <source>Represent&amp;ative (full name)</source>
        <translation>&amp;Өкілі (тегі, аты, әкесінің аты)</translation>
    </message>
    <message>
        <source>&amp;Basis of representation (charter, power of attorney)</source>
        <translation>Өкілдік не&amp;гізі (жарғы, сенімхат)</translation>
    </message>
    <message>
        <source>Remove this part&amp;y...</source>
        <translation>&amp;Бұл тарапты алып тастау...</translation>
    </message>
</context>
<context>
    <name>PartyPanel</name>
    <message>
        <source>Remove a party</source>
        <translation>Тарапты алып тастау</translation>
    </message>
    <message>
        <source>Remove {party} from this case? What was typed for it will be lost.</source>
        <translation>Осы істен алып тастайсыз ба: {party}? Ол бойынша енгізілген мәліметтер жойылады.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>A dispute needs an applicant and at least one other party.</source>
        <translation>Дауда өтініш беруші және кемінде бір екінші тарап болуы керек.</translation>
    </message>
    <message>
        <source>Add an indi&amp;vidual</source>
        <translation>Жеке тұлға &amp;қосу</translation>
    </message>
    <message>
        <source>Add a le&amp;gal entity</source>
        <translation>Заңды тұл&amp;ға қосу</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Page {page} of {count}</source>
        <translation>{count} беттің {page}-беті</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is switched on and connected, or save the document as a PDF.</source>
        <translation>Принтер іске қосылмады. Оның қосулы және жалғанғанын тексеріңіз немесе құжатты PDF ретінде сақтаңыз.</translation>
    </message>
    <message>
        <source>Save the document as PDF</source>
        <translation>Құжатты PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} бұрыннан бар. Оны ауыстыру керек пе?</translation>
    </message>
    <message>
        <source>The document was not saved: {reason}</source>
        <translation>Құжат сақталмады: {reason}</translation>
    </message>
    <message>
        <source>Preview — {title}</source>
        <translation>Алдын ала қарау — {title}</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>Бет &amp;ені бойынша</translation>
    </message>
    <message>
        <source>W&amp;hole page</source>
        <translation>&amp;Бүкіл бет</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Кішірейту</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Үлкейту</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Алдыңғы бет</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Келесі бет</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Басып &amp;шығару…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>PDF-ті &amp;сақтау…</translation>
    </message>
</context>
<context>
    <name>PeerTableModel</name>
    <message>
        <source>not known yet</source>
        <translation>әзірге белгісіз</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>әзірге жоқ</translation>
    </message>
    <message>
        <source>Enrolled again with a new key ({epoch} times in all): bundles made with an earlier key are refused</source>
        <translation>Жаңа кілтпен қайта тіркелген (барлығы {epoch} рет): бұрынғы кілтпен жасалған пакеттер қабылданбайды</translation>
    </message>
    <message>
        <source>The office&apos;s key arrives with its first bundle</source>
        <translation>Кабинеттің кілті оның алғашқы пакетімен келеді</translation>
    </message>
    <message>
        <source>A bundle number came again with other content: a copy was altered, or another PC sends under this office&apos;s key. Keep both files and call the office.</source>
        <translation>Пакет нөмірі басқа мазмұнмен қайта келді: көшірме өзгертілген немесе басқа компьютер осы кабинеттің кілтімен жібереді. Екі файлды да сақтап, кабинетке қоңырау шалыңыз.</translation>
    </message>
    <message>
        <source>Bundles of this enrolment applied here</source>
        <translation>Осы тіркеу бойынша мұнда қолданылған пакеттер</translation>
    </message>
    <message>
        <source>Bundles kept until the ones before them arrive</source>
        <translation>Алдыңғы пакеттер келгенше сақталатын пакеттер</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Тіркеу</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Кілттің саусақ ізі</translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation>Соңғы пакет</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Қолданылды</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Күтуде</translation>
    </message>
    <message>
        <source>Gaps and warnings</source>
        <translation>Олқылықтар мен ескертулер</translation>
    </message>
</context>
<context>
    <name>PrintedDocuments</name>
    <message>
        <source>Printed documents</source>
        <translation>Басып шығарылған құжаттар</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Printed at</source>
        <translation>Басылған уақыты</translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation>Мазмұн хеші</translation>
    </message>
</context>
<context>
    <name>RegistrationPanel</name>
    <message>
        <source>Registration &amp;date</source>
        <translation>Тіркелген &amp;күні</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>С&amp;анаты</translation>
    </message>
    <message>
        <source>&amp;Referred by</source>
        <translation>Кім жол&amp;дады</translation>
    </message>
    <message>
        <source>Sta&amp;ge</source>
        <translation>Сат&amp;ысы</translation>
    </message>
    <message>
        <source>S&amp;ubject of the dispute</source>
        <translation>Да&amp;удың мәні</translation>
    </message>
    <message>
        <source>Claim amou&amp;nt, tenge (if any)</source>
        <translation>Талап с&amp;омасы, теңге (болса)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Ескертпелер</translation>
    </message>
    <message>
        <source>Choose a category</source>
        <translation>Санатты таңдаңыз</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Bundles imported</source>
        <translation>Импортталған пакеттер</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Record a session — case {number}</source>
        <translation>Медиация кездесуін жазу — іс {number}</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Күні</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Орны</translation>
    </message>
    <message>
        <source>Who attended</source>
        <translation>Кім қатысты</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>&amp;Notes: what was discussed or agreed</source>
        <translation>&amp;Ескертпелер: не талқыланды, неге келісілді</translation>
    </message>
    <message>
        <source>Record the session</source>
        <translation>Кездесуді жазу</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>This register takes part in no sync yet. An office joins its regional mediation centre with the setup file the centre gives it; the centre&apos;s own register is made once, in a data folder of its own.</source>
        <translation>Бұл тізілім әлі синхрондауға қатыспайды. Кабинет өз өңірлік медиация орталығына орталық берген баптау файлымен қосылады; орталықтың өз тізілімі бір рет, жеке деректер қалтасында жасалады.</translation>
    </message>
    <message>
        <source>This register is the regional mediation centre: «{name}» ({code}).</source>
        <translation>Бұл тізілім — өңірлік медиация орталығы: «{name}» ({code}).</translation>
    </message>
    <message>
        <source>This register is the office {code} «{name}», joined to the regional mediation centre «{centre}» ({centre_code}).</source>
        <translation>Бұл тізілім — {code} «{name}» кабинеті, «{centre}» өңірлік медиация орталығына ({centre_code}) қосылған.</translation>
    </message>
    <message>
        <source>Read the fingerprints to each other by phone when an office joins: if they differ, the setup file was not the centre&apos;s.</source>
        <translation>Кабинет қосылғанда саусақ іздерін бір-біріңізге телефонмен оқып беріңіз: егер олар сәйкес келмесе, баптау файлы орталықтікі емес.</translation>
    </message>
    <message>
        <source>This register belongs to an office, so it cannot become the centre: the centre needs a data folder of its own.</source>
        <translation>Бұл тізілім кабинетке тиесілі, сондықтан орталық бола алмайды: орталыққа жеке деректер қалтасы қажет.</translation>
    </message>
    <message>
        <source>Choose the folder or the USB stick to write the bundle to; the last one is offered first ({folder}).</source>
        <translation>Пакет жазылатын қалтаны немесе USB жинақтауышты таңдаңыз; алдымен соңғы қолданылғаны ұсынылады ({folder}).</translation>
    </message>
    <message>
        <source>Choose the folder or the USB stick to write the bundle to.</source>
        <translation>Пакет жазылатын қалтаны немесе USB жинақтауышты таңдаңыз.</translation>
    </message>
    <message>
        <source>Last bundle from the centre applied {when}; bundles applied: {count}.</source>
        <translation>Орталықтан келген соңғы пакет {when} қолданылды; қолданылған пакеттер: {count}.</translation>
    </message>
    <message>
        <source>No bundle from the centre has been imported yet.</source>
        <translation>Орталықтан әлі бірде-бір пакет импортталған жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>%n office(s)</source>
        <translation>
            <numerusform>%n кабинет</numerusform>
            <numerusform>%n кабинет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were changed both here and at the other side since they last exchanged bundles. Nothing was overwritten: choose, field by field, what to keep.</source>
        <translation>
            <numerusform>Соңғы пакет алмасудан бері %n жазба мұнда да, екінші жақта да өзгертілген. Ештеңе қайта жазылған жоқ: не қалатынын өріс бойынша таңдаңыз.</numerusform>
            <numerusform>Соңғы пакет алмасудан бері %n жазба мұнда да, екінші жақта да өзгертілген. Ештеңе қайта жазылған жоқ: не қалатынын өріс бойынша таңдаңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts: no record was changed here and at the other side at once.</source>
        <translation>Жанжалдар жоқ: бірде-бір жазба мұнда да, екінші жақта да қатар өзгертілген жоқ.</translation>
    </message>
    <message>
        <source>the regional centre</source>
        <translation>өңірлік медиация орталығы</translation>
    </message>
    <message>
        <source>{what}: changed here and at {peer}</source>
        <translation>{what}: мұнда да, {peer} жағында да өзгертілген</translation>
    </message>
    <message>
        <source>No field differs; Resolve keeps this register&apos;s version.</source>
        <translation>Бірде-бір өріс ерекшеленбейді; «Шешу» осы тізілімдегі нұсқаны қалдырады.</translation>
    </message>
    <message>
        <source>here</source>
        <translation>мұндағыдай</translation>
    </message>
    <message>
        <source>at the other side</source>
        <translation>екінші жақтағыдай</translation>
    </message>
    <message>
        <source>The record is deleted on one side only:</source>
        <translation>Жазба тек бір жақта жойылған:</translation>
    </message>
    <message>
        <source>&amp;Keep the record (as {where})</source>
        <translation>Жазбаны қал&amp;дыру ({where})</translation>
    </message>
    <message>
        <source>&amp;Delete the record (as {where})</source>
        <translation>Жазбаны &amp;жою ({where})</translation>
    </message>
    <message>
        <source>Choose the setup file from the regional centre</source>
        <translation>Өңірлік орталықтан келген баптау файлын таңдаңыз</translation>
    </message>
    <message>
        <source>Setup files (*.json);;All files (*)</source>
        <translation>Баптау файлдары (*.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Joined the regional centre</source>
        <translation>Өңірлік орталыққа қосылды</translation>
    </message>
    <message>
        <source>Office {code} is enrolled. Hand it the setup file in person:</source>
        <translation>{code} кабинеті тіркелді. Баптау файлын оған қолма-қол тапсырыңыз:</translation>
    </message>
    <message>
        <source>Enrolment {epoch}: the office&apos;s previous key is no longer accepted.</source>
        <translation>{epoch}-тіркеу: кабинеттің бұрынғы кілті бұдан былай қабылданбайды.</translation>
    </message>
    <message>
        <source>When it joins, read each other the fingerprints by phone; this centre&apos;s is {fingerprint}.</source>
        <translation>Ол қосылғанда саусақ іздерін бір-біріңізге телефонмен оқып беріңіз; осы орталықтікі: {fingerprint}.</translation>
    </message>
    <message>
        <source>Where to write the bundle for the regional centre</source>
        <translation>Өңірлік орталыққа арналған пакетті қайда жазу керек</translation>
    </message>
    <message>
        <source>Cannot write to {folder}: {reason}</source>
        <translation>{folder} қалтасына жазу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>Choose the bundle from the regional centre</source>
        <translation>Өңірлік орталықтан келген пакетті таңдаңыз</translation>
    </message>
    <message>
        <source>Choose the bundles to import</source>
        <translation>Импорттайтын пакеттерді таңдаңыз</translation>
    </message>
    <message>
        <source>Sync bundles ({pattern});;All files (*)</source>
        <translation>Синхрондау пакеттері ({pattern});;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Choose the folder of bundles (a USB stick)</source>
        <translation>Пакеттер жатқан қалтаны таңдаңыз (USB жинақтауыш)</translation>
    </message>
    <message>
        <source>This register takes part in no sync yet, so it cannot import bundles: join a regional centre first (Sync page).</source>
        <translation>Бұл тізілім әлі синхрондауға қатыспайды, сондықтан пакеттерді импорттай алмайды: алдымен өңірлік орталыққа қосылыңыз («Синхрондау» беті).</translation>
    </message>
    <message>
        <source>Importing bundles</source>
        <translation>Пакеттерді импорттау</translation>
    </message>
    <message>
        <source>Looking for bundles…</source>
        <translation>Пакеттер ізделуде…</translation>
    </message>
    <message>
        <source>Checking and applying bundle {done} of {total}…</source>
        <translation>{total} пакеттің {done}-сі тексеріліп, қолданылуда…</translation>
    </message>
    <message numerus="yes">
        <source>Conflict resolved: %n field(s) taken from the other side. The decision goes to the other side with the next bundle.</source>
        <translation>
            <numerusform>Жанжал шешілді: екінші жақтан %n өріс алынды. Шешім келесі пакетпен екінші жаққа жіберіледі.</numerusform>
            <numerusform>Жанжал шешілді: екінші жақтан %n өріс алынды. Шешім келесі пакетпен екінші жаққа жіберіледі.</numerusform>
        </translation>
    </message>
    <message>
        <source>This register</source>
        <translation>Осы тізілім</translation>
    </message>
    <message>
        <source>Key fingerprint of this register:</source>
        <translation>Осы тізілім кілтінің саусақ ізі:</translation>
    </message>
    <message>
        <source>Key fingerprint of the centre:</source>
        <translation>Орталық кілтінің саусақ ізі:</translation>
    </message>
    <message>
        <source>&amp;Join a regional centre…</source>
        <translation>Өңірлік орталыққа &amp;қосылу…</translation>
    </message>
    <message>
        <source>&amp;Make this the regional centre…</source>
        <translation>&amp;Бұл тізілімді өңірлік орталық ету…</translation>
    </message>
    <message>
        <source>Find an offic&amp;e:</source>
        <translation>Кабинетті і&amp;здеу:</translation>
    </message>
    <message>
        <source>O&amp;pen the case</source>
        <translation>Іс&amp;ті ашу</translation>
    </message>
    <message>
        <source>Bundles to and from the regional centre</source>
        <translation>Өңірлік орталыққа және одан келетін пакеттер</translation>
    </message>
    <message>
        <source>This register is now the office {code}, joined to the regional mediation centre «{centre}».

Call the centre and read each other the fingerprints:
this office: {mine}
the centre: {theirs}

Then export the first bundle for the centre. The setup file is used once: delete it from the USB stick.</source>
        <translation>Бұл тізілім енді «{centre}» өңірлік медиация орталығына қосылған {code} кабинеті.

Орталыққа қоңырау шалып, саусақ іздерін бір-біріңізге оқып беріңіз:
осы кабинет: {mine}
орталық: {theirs}

Содан кейін орталыққа алғашқы пакетті экспорттаңыз. Баптау файлы бір рет қолданылады: оны USB жинақтауыштан өшіріп тастаңыз.</translation>
    </message>
    <message>
        <source>&amp;Export for the regional centre</source>
        <translation>Өңірлік орталыққа &amp;экспорттау</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>&amp;Қалтаны ашу</translation>
    </message>
    <message>
        <source>&amp;Import a bundle from the centre…</source>
        <translation>Орталықтан келген пакетті &amp;импорттау…</translation>
    </message>
    <message>
        <source>Offices of the region</source>
        <translation>Өңір кабинеттері</translation>
    </message>
    <message>
        <source>&amp;Import a folder of bundles…</source>
        <translation>Пакеттер &amp;қалтасын импорттау…</translation>
    </message>
    <message>
        <source>Import bundle &amp;files…</source>
        <translation>Пакет &amp;файлдарын импорттау…</translation>
    </message>
    <message>
        <source>E&amp;nrol an office…</source>
        <translation>Кабинетті тірке&amp;у…</translation>
    </message>
    <message>
        <source>E&amp;xport for an office…</source>
        <translation>Кабинет үшін &amp;экспорттау…</translation>
    </message>
    <message>
        <source>code or name</source>
        <translation>коды немесе атауы</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Жанжалдар</translation>
    </message>
    <message>
        <source>&amp;Take all from the other side</source>
        <translation>&amp;Барлығын екінші жақтан алу</translation>
    </message>
    <message>
        <source>Keep &amp;all of this register</source>
        <translation>Осы тізілімдегінің бәрін қа&amp;лдыру</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Шешу</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n іс</numerusform>
            <numerusform>%n іс</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n party(-ies)</source>
        <translation>
            <numerusform>%n тарап</numerusform>
            <numerusform>%n тарап</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mediator(s)</source>
        <translation>
            <numerusform>%n медиатор</numerusform>
            <numerusform>%n медиатор</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mediator(s) assigned to cases</source>
        <translation>
            <numerusform>іске тағайындалған %n медиатор</numerusform>
            <numerusform>іске тағайындалған %n медиатор</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mediation session(s)</source>
        <translation>
            <numerusform>%n медиация кездесуі</numerusform>
            <numerusform>%n медиация кездесуі</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreed term(s)</source>
        <translation>
            <numerusform>%n міндеттеме</numerusform>
            <numerusform>%n міндеттеме</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n printed document(s)</source>
        <translation>
            <numerusform>%n басып шығарылған құжат</numerusform>
            <numerusform>%n басып шығарылған құжат</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n office record(s)</source>
        <translation>
            <numerusform>кабинет туралы %n жазба</numerusform>
            <numerusform>кабинет туралы %n жазба</numerusform>
        </translation>
    </message>
    <message>
        <source>Case {number}</source>
        <translation>{number} ісі</translation>
    </message>
    <message>
        <source>{record} (case {number})</source>
        <translation>{record} ({number} ісі)</translation>
    </message>
    <message numerus="yes">
        <source>Missing: %n bundle(s), number {numbers}</source>
        <translation>
            <numerusform>Жетіспейді: %n пакет, нөмірі {numbers}</numerusform>
            <numerusform>Жетіспейді: %n пакет, нөмірі {numbers}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Came again with other content: %n bundle(s), number {numbers}</source>
        <translation>
            <numerusform>Басқа мазмұнмен қайта келген: %n пакет, нөмірі {numbers}</numerusform>
            <numerusform>Басқа мазмұнмен қайта келген: %n пакет, нөмірі {numbers}</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle {sequence} for {whom} is written and checked:</source>
        <translation>{sequence}-пакет {whom} үшін жазылып, тексерілді:</translation>
    </message>
    <message>
        <source>A full bundle: every record, not only the changes.</source>
        <translation>Толық пакет: тек өзгерістер емес, барлық жазбалар.</translation>
    </message>
    <message>
        <source>It holds {what}.</source>
        <translation>Ішінде: {what}.</translation>
    </message>
    <message>
        <source>No record changed since the last bundle; this one tells the other side what this register has received.</source>
        <translation>Соңғы пакеттен бері бірде-бір жазба өзгерген жоқ; бұл пакет екінші жаққа осы тізілімнің не алғанын хабарлайды.</translation>
    </message>
    <message>
        <source>No bundle files (*.kelisim) were found there.</source>
        <translation>Онда бірде-бір пакет файлы (*.kelisim) табылмады.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>шешілетін %n жанжал</numerusform>
            <numerusform>шешілетін %n жанжал</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файл</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle {sequence} from {origin}</source>
        <translation>{origin} жіберген {sequence}-пакет</translation>
    </message>
    <message>
        <source>Records: {outcomes}</source>
        <translation>Жазбалар: {outcomes}</translation>
    </message>
    <message>
        <source>Conflict: {what}; choose what to keep under Conflicts on the Sync page</source>
        <translation>Жанжал: {what}; не қалатынын «Синхрондау» бетіндегі «Жанжалдар» бөлімінде таңдаңыз</translation>
    </message>
    <message>
        <source>Record refused: {what} {id}: {reason}</source>
        <translation>Жазба қабылданбады: {what} {id}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more refused</source>
        <translation>
            <numerusform>… және тағы %n жазба қабылданбады</numerusform>
            <numerusform>… және тағы %n жазба қабылданбады</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TermForm</name>
    <message>
        <source>Agreed term {n}</source>
        <translation>Міндеттеме {n}</translation>
    </message>
    <message>
        <source>Who &amp;owes</source>
        <translation>&amp;Кім міндетті</translation>
    </message>
    <message>
        <source>To &amp;whom</source>
        <translation>Кім&amp;ге</translation>
    </message>
    <message>
        <source>W&amp;hat is owed</source>
        <translation>Міндеттеменің &amp;мәні</translation>
    </message>
    <message>
        <source>Amount in tenge (if any)</source>
        <translation>Сомасы, теңгемен (болса)</translation>
    </message>
    <message>
        <source>Due &amp;by</source>
        <translation>&amp;Орындау мерзімі</translation>
    </message>
    <message>
        <source>Remove this term</source>
        <translation>Бұл міндеттемені алып тастау</translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation>Нақты біреуге емес</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
</context>
<context>
    <name>_Deadline</name>
    <message numerus="yes">
        <source>Deadline {date}: overdue by %n day(s)</source>
        <translation>
            <numerusform>Мерзімі {date}: %n күн өтіп кетті</numerusform>
            <numerusform>Мерзімі {date}: %n күн өтіп кетті</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline {date}: due today</source>
        <translation>Мерзімі {date}: бүгін бітеді</translation>
    </message>
    <message numerus="yes">
        <source>Deadline {date}: due in %n day(s)</source>
        <translation>
            <numerusform>Мерзімі {date}: %n күн қалды</numerusform>
            <numerusform>Мерзімі {date}: %n күн қалды</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline {date}</source>
        <translation>Мерзімі {date}</translation>
    </message>
</context>
</TS>
