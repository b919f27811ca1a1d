<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>the agreement to mediate cannot be dated {day}: that is after today ({today})</source>
        <translation>договор о медиации нельзя датировать {day}: эта дата позже сегодняшней ({today})</translation>
    </message>
    <message>
        <source>a session cannot be dated {day}: that is after today ({today})</source>
        <translation>встречу медиации нельзя датировать {day}: эта дата позже сегодняшней ({today})</translation>
    </message>
    <message>
        <source>the closing cannot be dated {day}: that is after today ({today})</source>
        <translation>закрытие дела нельзя датировать {day}: эта дата позже сегодняшней ({today})</translation>
    </message>
    <message>
        <source>unknown category {category}</source>
        <translation>неизвестная категория: {category}</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>обязательно для заполнения</translation>
    </message>
    <message>
        <source>the same mediator is named twice</source>
        <translation>один и тот же медиатор указан дважды</translation>
    </message>
    <message>
        <source>is before the registration date</source>
        <translation>раньше даты регистрации</translation>
    </message>
    <message>
        <source>is after the case was closed</source>
        <translation>позже даты закрытия дела</translation>
    </message>
    <message>
        <source>names someone who is not a party to this case</source>
        <translation>указан человек, который не является стороной этого дела</translation>
    </message>
    <message>
        <source>a dispute needs at least two parties</source>
        <translation>в споре должно быть не менее двух сторон</translation>
    </message>
    <message>
        <source>needs an applicant and at least one other party</source>
        <translation>нужны заявитель и хотя бы одна другая сторона</translation>
    </message>
    <message>
        <source>the same IIN/BIN is given for two parties</source>
        <translation>у двух сторон указан один и тот же ИИН/БИН</translation>
    </message>
    <message>
        <source>is required once mediation has started</source>
        <translation>обязательно, если медиация уже начата</translation>
    </message>
    <message>
        <source>is required for a closed case</source>
        <translation>обязательно для закрытого дела</translation>
    </message>
    <message>
        <source>is before the case was registered or mediation began</source>
        <translation>раньше даты регистрации дела или начала медиации</translation>
    </message>
    <message>
        <source>only a closed case has an outcome</source>
        <translation>результат бывает только у закрытого дела</translation>
    </message>
    <message>
        <source>only a settled or partly settled case has agreed terms</source>
        <translation>обязательства бывают только у урегулированного или частично урегулированного дела</translation>
    </message>
    <message>
        <source>must be a party to this case</source>
        <translation>должен быть стороной этого дела</translation>
    </message>
    <message>
        <source>cannot be the debtor</source>
        <translation>не может совпадать с должником</translation>
    </message>
    <message>
        <source>is before the agreement was reached</source>
        <translation>раньше даты заключения соглашения</translation>
    </message>
    <message>
        <source>is required once the term is fulfilled</source>
        <translation>обязательно, если обязательство исполнено</translation>
    </message>
    <message>
        <source>must be a sum from 0 to 999 999 999 999 tenge</source>
        <translation>укажите сумму от 0 до 999 999 999 999 тенге</translation>
    </message>
    <message>
        <source>has more than two digits after the decimal point</source>
        <translation>после запятой больше двух цифр</translation>
    </message>
    <message>
        <source>a settlement needs at least one agreed term</source>
        <translation>в соглашении об урегулировании спора должно быть хотя бы одно обязательство</translation>
    </message>
    <message>
        <source>the fulfilment cannot be dated {day}: that is after today ({today})</source>
        <translation>исполнение нельзя датировать {day}: эта дата позже сегодняшней ({today})</translation>
    </message>
    <message>
        <source>give the date the term was fulfilled</source>
        <translation>укажите дату исполнения обязательства</translation>
    </message>
    <message>
        <source>no such agreed term in this case</source>
        <translation>в этом деле нет такого обязательства</translation>
    </message>
    <message>
        <source>case {number} has begun; it can be closed, not deleted</source>
        <translation>работа по делу {number} уже начата: его можно закрыть, но не удалить</translation>
    </message>
    <message>
        <source>cannot start mediation: the case is in mediation</source>
        <translation>нельзя начать медиацию: по делу уже идёт медиация</translation>
    </message>
    <message>
        <source>cannot start mediation: the case is closed</source>
        <translation>нельзя начать медиацию: дело закрыто</translation>
    </message>
    <message>
        <source>assign a mediator before mediation can start</source>
        <translation>прежде чем начать медиацию, назначьте медиатора</translation>
    </message>
    <message>
        <source>the agreement to mediate cannot be signed before registration</source>
        <translation>договор о медиации нельзя подписать раньше регистрации дела</translation>
    </message>
    <message>
        <source>cannot extend the time limit: the case is registered</source>
        <translation>нельзя продлить срок: дело только зарегистрировано, медиация ещё не начата</translation>
    </message>
    <message>
        <source>cannot extend the time limit: the case is closed</source>
        <translation>нельзя продлить срок: дело закрыто</translation>
    </message>
    <message>
        <source>the time limit ran out on {deadline}; it can no longer be extended</source>
        <translation>срок истёк {deadline}; продлить его уже нельзя</translation>
    </message>
    <message>
        <source>the time limit was already extended {extensions} time(s); the rules allow {allowed}</source>
        <translation>срок больше продлить нельзя: продлений уже {extensions}, правилами разрешено {allowed}</translation>
    </message>
    <message>
        <source>a closed case takes no more sessions</source>
        <translation>в закрытое дело нельзя добавить встречу медиации</translation>
    </message>
    <message>
        <source>a session cannot take place before registration</source>
        <translation>встреча медиации не может быть раньше регистрации дела</translation>
    </message>
    <message>
        <source>the case is already closed</source>
        <translation>дело уже закрыто</translation>
    </message>
    <message>
        <source>the closing date is before the last session ({day})</source>
        <translation>дата закрытия раньше последней встречи медиации ({day})</translation>
    </message>
    <message>
        <source>the closing date is before the mediation began</source>
        <translation>дата закрытия раньше начала медиации</translation>
    </message>
    <message>
        <source>before the agreement to mediate is signed a case can only end by a party&apos;s refusal</source>
        <translation>пока договор о медиации не подписан, дело может завершиться только отказом стороны</translation>
    </message>
    <message>
        <source>the time limit has not expired</source>
        <translation>срок ещё не истёк</translation>
    </message>
    <message>
        <source>the time limit (until {deadline}) has not expired</source>
        <translation>срок (до {deadline}) ещё не истёк</translation>
    </message>
    <message>
        <source>only the terms of a settled case are fulfilled</source>
        <translation>исполнение отмечается только для обязательств урегулированного дела</translation>
    </message>
    <message>
        <source>no agreed terms of this case are recorded</source>
        <translation>в этом деле не записано ни одного обязательства</translation>
    </message>
    <message>
        <source>a term cannot be fulfilled before the agreement was reached</source>
        <translation>обязательство не может быть исполнено раньше заключения соглашения</translation>
    </message>
    <message>
        <source>case {number} was changed elsewhere after you opened it; open it again to see the changes</source>
        <translation>после того как Вы открыли дело {number}, его изменили в другом месте; откройте его заново, чтобы увидеть изменения</translation>
    </message>
    <message>
        <source>{fields} of case {number} change only through the steps of the procedure (start, extend, close), not by editing</source>
        <translation>поля дела {number} ({fields}) меняются только шагами процедуры (начало, продление, закрытие), а не редактированием</translation>
    </message>
    <message>
        <source>case {number} is numbered in {year}; its registration date must stay in that year</source>
        <translation>номер дела {number} присвоен в {year} году; дата регистрации должна остаться в этом году</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <source>In mediation</source>
        <translation>Идёт медиация</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Урегулирован</translation>
    </message>
    <message>
        <source>Partly settled</source>
        <translation>Частично урегулирован</translation>
    </message>
    <message>
        <source>Not settled</source>
        <translation>Не урегулирован</translation>
    </message>
    <message>
        <source>A party refused</source>
        <translation>Сторона отказалась</translation>
    </message>
    <message>
        <source>Stopped by the mediator</source>
        <translation>Прекращено медиатором</translation>
    </message>
    <message>
        <source>Time limit expired</source>
        <translation>Истёк срок медиации</translation>
    </message>
    <message>
        <source>Own application</source>
        <translation>Собственное заявление</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Суд</translation>
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
        <translation>Акимат</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Работодатель</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Before court</source>
        <translation>До суда</translation>
    </message>
    <message>
        <source>In court</source>
        <translation>В суде</translation>
    </message>
    <message>
        <source>Enforcement</source>
        <translation>Исполнительное производство</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ожидает исполнения</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Исполнено</translation>
    </message>
    <message>
        <source>Partly fulfilled</source>
        <translation>Частично исполнено</translation>
    </message>
    <message>
        <source>Not fulfilled</source>
        <translation>Не исполнено</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Физическое лицо</translation>
    </message>
    <message>
        <source>Legal entity</source>
        <translation>Юридическое лицо</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Other party</source>
        <translation>Другая сторона</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Professional mediator</source>
        <translation>Профессиональный медиатор</translation>
    </message>
    <message>
        <source>Public mediator</source>
        <translation>Общественный медиатор</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Срок скоро истекает</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Settlement agreement</source>
        <translation>Соглашение об урегулировании спора</translation>
    </message>
    <message>
        <source>Notice that mediation ended without settlement</source>
        <translation>Уведомление о прекращении медиации без урегулирования спора</translation>
    </message>
    <message>
        <source>Invitation to a mediation session</source>
        <translation>Приглашение на встречу медиации</translation>
    </message>
    <message>
        <source>Case card</source>
        <translation>Карточка дела</translation>
    </message>
    <message>
        <source>Office journal</source>
        <translation>Журнал кабинета медиации</translation>
    </message>
    <message>
        <source>{kk} + {ru} side by side</source>
        <translation>{kk} + {ru}, рядом в две колонки</translation>
    </message>
    <message>
        <source>BIN must have 12 digits, has {count} characters</source>
        <translation>БИН должен состоять из 12 цифр, а введено символов: {count}</translation>
    </message>
    <message>
        <source>IIN must have 12 digits, has {count} characters</source>
        <translation>ИИН должен состоять из 12 цифр, а введено символов: {count}</translation>
    </message>
    <message>
        <source>BIN must contain digits only</source>
        <translation>БИН должен содержать только цифры</translation>
    </message>
    <message>
        <source>IIN must contain digits only</source>
        <translation>ИИН должен содержать только цифры</translation>
    </message>
    <message>
        <source>BIN is not a valid number (no check digit exists for its first 11 digits)</source>
        <translation>такого БИН не бывает (для его первых 11 цифр нет контрольной цифры)</translation>
    </message>
    <message>
        <source>IIN is not a valid number (no check digit exists for its first 11 digits)</source>
        <translation>такого ИИН не бывает (для его первых 11 цифр нет контрольной цифры)</translation>
    </message>
    <message>
        <source>BIN check digit does not match (a digit is mistyped)</source>
        <translation>контрольная цифра БИН не сходится (какая-то цифра введена с ошибкой)</translation>
    </message>
    <message>
        <source>IIN check digit does not match (a digit is mistyped)</source>
        <translation>контрольная цифра ИИН не сходится (какая-то цифра введена с ошибкой)</translation>
    </message>
    <message>
        <source>is {length} characters long; at most {limit} are allowed</source>
        <translation>содержит символов: {length}; допускается не более {limit}</translation>
    </message>
    <message>
        <source>is a legal entity&apos;s BIN, not a person&apos;s IIN</source>
        <translation>это БИН юридического лица, а не ИИН человека</translation>
    </message>
    <message>
        <source>unknown language {languages}</source>
        <translation>неизвестный язык: {languages}</translation>
    </message>
    <message>
        <source>must be 2 to 12 Latin capital letters or digits, e.g. KRG01</source>
        <translation>должен состоять из 2–12 заглавных латинских букв или цифр, например KRG01</translation>
    </message>
    <message>
        <source>may hold only digits, spaces and + - ( )</source>
        <translation>может содержать только цифры, пробелы и знаки + - ( )</translation>
    </message>
    <message>
        <source>is an individual&apos;s IIN, not a BIN</source>
        <translation>это ИИН физического лица, а не БИН</translation>
    </message>
    <message>
        <source>is a legal entity&apos;s BIN, not an IIN</source>
        <translation>это БИН юридического лица, а не ИИН</translation>
    </message>
    <message>
        <source>must be an object of format, deadline, categories and outcomes</source>
        <translation>должен быть объектом с полями format, deadline, categories и outcomes</translation>
    </message>
    <message>
        <source>must be {expected}, is {given}</source>
        <translation>должно быть {expected}, а указано {given}</translation>
    </message>
    <message>
        <source>must be an object of days, extension_days and max_extensions</source>
        <translation>должен быть объектом с полями days, extension_days и max_extensions</translation>
    </message>
    <message>
        <source>must be a whole number from {minimum} to 3650</source>
        <translation>должно быть целым числом от {minimum} до 3650</translation>
    </message>
    <message>
        <source>must be a list of abbreviations such as ТОО</source>
        <translation>должен быть списком сокращений, например ТОО</translation>
    </message>
    <message>
        <source>missing {keys}</source>
        <translation>не хватает: {keys}</translation>
    </message>
    <message>
        <source>must be a non-empty list</source>
        <translation>должен быть непустым списком</translation>
    </message>
    <message>
        <source>needs a text &apos;key&apos;</source>
        <translation>нужно текстовое поле «key»</translation>
    </message>
    <message>
        <source>{key}: no label in {languages}</source>
        <translation>{key}: нет названия на языках: {languages}</translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation>должен быть списком текстов</translation>
    </message>
    <message>
        <source>keys repeat</source>
        <translation>ключи повторяются</translation>
    </message>
    <message>
        <source>{spelling} names both {first} and {second}</source>
        <translation>{spelling} обозначает и {first}, и {second}</translation>
    </message>
    <message>
        <source>is after today</source>
        <translation>позже сегодняшнего дня</translation>
    </message>
    <message>
        <source>the office is not set up yet: run &apos;kelisim office set --code CODE --name-kk NAME --name-ru NAME&apos; first</source>
        <translation>кабинет медиации ещё не настроен: сначала выполните команду «kelisim office set --code CODE --name-kk NAME --name-ru NAME»</translation>
    </message>
    <message>
        <source>unknown time zone {zone}</source>
        <translation>неизвестный часовой пояс: {zone}</translation>
    </message>
    <message>
        <source>stays {code}: cases are numbered with it</source>
        <translation>изменить нельзя, остаётся {code}: по нему пронумерованы дела</translation>
    </message>
    <message>
        <source>case {number} no longer exists</source>
        <translation>дела {number} больше нет</translation>
    </message>
    <message>
        <source>no such case</source>
        <translation>такого дела нет</translation>
    </message>
    <message>
        <source>no case numbered {number}</source>
        <translation>дела с номером {number} нет</translation>
    </message>
    <message>
        <source>the database {path} cannot be used: {reason}; if it is damaged, restore the newest copy from the backups folder</source>
        <translation>базу данных {path} нельзя использовать: {reason}; если она повреждена, восстановите самую свежую копию из папки резервных копий</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>файл повреждён</translation>
    </message>
    <message>
        <source>the file is not a Kelisim database</source>
        <translation>файл не является базой данных Kelisim</translation>
    </message>
    <message>
        <source>the file may not be written to</source>
        <translation>запись в файл запрещена</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>файл не удаётся открыть</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>не удалось прочитать диск или записать на него</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>the change collides with a record already stored (a duplicate); nothing was saved</source>
        <translation>изменение совпадает с уже сохранённой записью (дубликат); ничего не сохранено</translation>
    </message>
    <message>
        <source>no such mediator</source>
        <translation>такого медиатора нет</translation>
    </message>
    <message>
        <source>the mediator was changed elsewhere; open the register again</source>
        <translation>данные медиатора изменили в другом месте; откройте реестр заново</translation>
    </message>
    <message>
        <source>{count} not in the register</source>
        <translation>медиаторов, которых нет в реестре: {count}</translation>
    </message>
    <message>
        <source>the database {path} has schema version {revision}, newer than this program (which knows up to {head}); install the newer Kelisim to open it</source>
        <translation>у базы данных {path} версия схемы {revision} — новее, чем знает эта программа (она знает версии до {head}); чтобы открыть базу, установите более новую версию Kelisim</translation>
    </message>
    <message>
        <source>{path}: cannot read a file without an extension; save the journal as an Excel workbook (.xlsx) or as &apos;CSV UTF-8&apos; (.csv)</source>
        <translation>{path}: файл без расширения прочитать нельзя; сохраните журнал как книгу Excel (.xlsx) или как «CSV UTF-8» (.csv)</translation>
    </message>
    <message>
        <source>{path}: cannot read {suffix}; save the journal as an Excel workbook (.xlsx) or as &apos;CSV UTF-8&apos; (.csv)</source>
        <translation>{path}: файлы {suffix} прочитать нельзя; сохраните журнал как книгу Excel (.xlsx) или как «CSV UTF-8» (.csv)</translation>
    </message>
    <message>
        <source>the period ends on {date_to}, before it starts on {date_from}</source>
        <translation>период заканчивается {date_to}, раньше, чем начинается, {date_from}</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: такого файла нет</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a file</source>
        <translation>{path}: это папка, а не файл</translation>
    </message>
    <message>
        <source>{path}: is not a PDF file, or a damaged one</source>
        <translation>{path}: не PDF-файл или повреждённый файл</translation>
    </message>
    <message>
        <source>{path}: carries no Kelisim check code; only the signed papers Kelisim prints (agreements, termination notices) can be checked</source>
        <translation>{path}: нет проверочного кода Kelisim; проверить можно только подписываемые документы, которые печатает Kelisim (соглашения, уведомления о прекращении)</translation>
    </message>
    <message>
        <source>{code} is not the check code of a Kelisim paper (one reads like KELISIM1:settlement:&lt;case&gt;:&lt;64 hexadecimal digits&gt;)</source>
        <translation>{code} не проверочный код документа Kelisim (он выглядит так: KELISIM1:settlement:&lt;дело&gt;:&lt;64 шестнадцатеричные цифры&gt;)</translation>
    </message>
    <message>
        <source>{path}: is {size} MB; a journal is at most {limit} MB (split it by year)</source>
        <translation>{path}: размер {size} МБ, а журнал может быть не больше {limit} МБ (разделите его по годам)</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}: не удаётся прочитать файл ({reason})</translation>
    </message>
    <message>
        <source>{path}: the file is empty</source>
        <translation>{path}: файл пустой</translation>
    </message>
    <message>
        <source>{path}: has a header (row {row}) but no rows of cases under it</source>
        <translation>{path}: есть строка заголовков (строка {row}), но под ней нет ни одного дела</translation>
    </message>
    <message>
        <source>{path}: no header row found: the first row must name the columns, e.g. {first}; {second}</source>
        <translation>{path}: не найдена строка заголовков: в первой строке должны быть названия столбцов, например {first}; {second}</translation>
    </message>
    <message>
        <source>{path}: the column {column} appears twice in the header (also as {other}); keep one</source>
        <translation>{path}: столбец {column} встречается в заголовке дважды (ещё как {other}); оставьте один</translation>
    </message>
    <message>
        <source>{path}: the header has no column for: {columns}</source>
        <translation>{path}: в заголовке нет столбцов: {columns}</translation>
    </message>
    <message>
        <source>{path}: is an Excel workbook with a .csv name; rename it to .xlsx</source>
        <translation>{path}: это книга Excel с именем .csv; переименуйте файл в .xlsx</translation>
    </message>
    <message>
        <source>{path}: is not UTF-8 text; in Excel choose File &gt; Save As and the type &apos;CSV UTF-8 (comma delimited)&apos;, then import that file</source>
        <translation>{path}: это не текст UTF-8; в Excel выберите Файл &gt; Сохранить как и тип «CSV UTF-8 (разделитель — запятая)», затем импортируйте этот файл</translation>
    </message>
    <message>
        <source>{path}: is not a readable CSV file near row {row} ({reason})</source>
        <translation>{path}: файл CSV не удаётся прочитать около строки {row} ({reason})</translation>
    </message>
    <message>
        <source>{path}: is not an Excel workbook (.xlsx); an old .xls, a workbook with a password or a renamed file must be saved again from Excel as &apos;Excel Workbook (.xlsx)&apos;, without a password</source>
        <translation>{path}: это не книга Excel (.xlsx); старый файл .xls, книгу с паролем или переименованный файл нужно заново сохранить в Excel как «Книга Excel (.xlsx)», без пароля</translation>
    </message>
    <message>
        <source>{path}: is damaged or not an Excel workbook; open it in Excel and save it again as &apos;Excel Workbook (.xlsx)&apos;</source>
        <translation>{path}: файл повреждён или это не книга Excel; откройте его в Excel и сохраните заново как «Книга Excel (.xlsx)»</translation>
    </message>
    <message>
        <source>{path}: a worksheet is damaged and cannot be read; open it in Excel and save it again</source>
        <translation>{path}: лист книги повреждён и не читается; откройте файл в Excel и сохраните его заново</translation>
    </message>
    <message>
        <source>{path}: the workbook has no worksheet</source>
        <translation>{path}: в книге нет ни одного листа</translation>
    </message>
    <message>
        <source>{path}: already exists; choose another name (or --force to replace it)</source>
        <translation>{path}: такой файл уже есть; выберите другое имя (или --force, чтобы заменить его)</translation>
    </message>
    <message>
        <source>unknown language {language}: choose kk, ru or en</source>
        <translation>неизвестный язык: {language}; выберите kk, ru или en</translation>
    </message>
    <message>
        <source>{path}: the template is an Excel workbook; name it *.xlsx</source>
        <translation>{path}: шаблон сохраняется как книга Excel; дайте файлу имя *.xlsx</translation>
    </message>
    <message>
        <source>{path}: cannot be written ({reason})</source>
        <translation>{path}: не удаётся записать файл ({reason})</translation>
    </message>
    <message>
        <source>the register changed while the journal was being imported; nothing was stored: run the import again</source>
        <translation>пока шёл импорт журнала, реестр изменился; ничего не сохранено: запустите импорт ещё раз</translation>
    </message>
    <message>
        <source>same as row {row}</source>
        <translation>совпадает со строкой {row}</translation>
    </message>
    <message>
        <source>is empty; this column is required</source>
        <translation>пусто, а этот столбец обязателен</translation>
    </message>
    <message>
        <source>{path} {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>{day} is in the future (today is {today})</source>
        <translation>{day} — дата в будущем (сегодня {today})</translation>
    </message>
    <message>
        <source>{day} is before {year}: check the year</source>
        <translation>{day} — раньше {year} года: проверьте год</translation>
    </message>
    <message>
        <source>{value} is not a known dispute category (the template&apos;s second sheet lists every accepted name)</source>
        <translation>{value} — неизвестная категория спора (все допустимые названия есть на втором листе шаблона)</translation>
    </message>
    <message>
        <source>{value} is not a known outcome (the template&apos;s second sheet lists every accepted name)</source>
        <translation>{value} — неизвестный результат (все допустимые названия есть на втором листе шаблона)</translation>
    </message>
    <message>
        <source>{value} is not a date: write it as dd.mm.yyyy, e.g. 05.03.2025</source>
        <translation>{value} — это не дата: пишите в виде дд.мм.гггг, например 05.03.2025</translation>
    </message>
    <message>
        <source>{value} is not a real date (no such day in that month)</source>
        <translation>{value} — несуществующая дата (в этом месяце нет такого дня)</translation>
    </message>
    <message>
        <source>{value} is a number, not a date: write dd.mm.yyyy</source>
        <translation>{value} — это число, а не дата: пишите в виде дд.мм.гггг</translation>
    </message>
    <message>
        <source>{value} is a number Excel shortened: format the column as Text and type the IIN/BIN again</source>
        <translation>{value} — число, сокращённое Excel: задайте столбцу формат «Текстовый» и введите ИИН/БИН заново</translation>
    </message>
    <message>
        <source>a mediator&apos;s name {reason}</source>
        <translation>имя медиатора: {reason}</translation>
    </message>
    <message>
        <source>is given but the closing date is empty: a closed case needs both</source>
        <translation>заполнено, но дата закрытия не указана: у закрытого дела должны быть и результат, и дата закрытия</translation>
    </message>
    <message>
        <source>is given but the outcome is empty: a closed case needs both</source>
        <translation>заполнено, но результат не указан: у закрытого дела должны быть и дата закрытия, и результат</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Кем направлено</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Стадия</translation>
    </message>
    <message>
        <source>Subject of the dispute</source>
        <translation>Предмет спора</translation>
    </message>
    <message>
        <source>Claim amount</source>
        <translation>Сумма иска</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>Медиаторы</translation>
    </message>
    <message>
        <source>Agreement to mediate</source>
        <translation>Договор о медиации</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <source>Agreed terms</source>
        <translation>Обязательства</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Встречи медиации</translation>
    </message>
    <message>
        <source>Party {number}</source>
        <translation>Сторона {number}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя или наименование</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Представитель</translation>
    </message>
    <message>
        <source>Basis of representation</source>
        <translation>Основание представительства</translation>
    </message>
    <message>
        <source>Session {number}</source>
        <translation>Встреча {number}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>Кто пришёл</translation>
    </message>
    <message>
        <source>Agreed term {number}</source>
        <translation>Обязательство {number}</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>О чём договорились</translation>
    </message>
    <message>
        <source>Who owes</source>
        <translation>Кто должен</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок исполнения</translation>
    </message>
    <message>
        <source>Date fulfilled</source>
        <translation>Дата исполнения</translation>
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
        <translation>выберите категорию из списка</translation>
    </message>
    <message>
        <source>write the sum in digits, e.g. 150 000 or 150 000,50</source>
        <translation>напишите сумму цифрами, например 150 000 или 150 000,50</translation>
    </message>
    <message>
        <source>Save your changes first</source>
        <translation>Сначала сохраните изменения</translation>
    </message>
    <message>
        <source>This was not done</source>
        <translation>Действие не выполнено</translation>
    </message>
    <message>
        <source>unknown document language {language}: choose {choices}</source>
        <translation>неизвестный язык документа {language}: выберите один из {choices}</translation>
    </message>
    <message>
        <source>case {number} is not settled: it has no settlement agreement</source>
        <translation>дело {number} не урегулировано: у него нет соглашения об урегулировании спора</translation>
    </message>
    <message>
        <source>case {number} did not end without settlement: it has no termination notice</source>
        <translation>дело {number} не завершено без урегулирования: у него нет уведомления о прекращении медиации</translation>
    </message>
    <message>
        <source>{source}: unknown text {name}</source>
        <translation>{source}: неизвестный текст {name}</translation>
    </message>
    <message>
        <source>{source}: the text {name} is missing</source>
        <translation>{source}: нет текста {name}</translation>
    </message>
    <message>
        <source>{source}: {name} has an unpaired {{ or }}</source>
        <translation>{source}: в {name} непарная {{ или }}</translation>
    </message>
    <message>
        <source>{source}: {name} lacks the placeholder {placeholder}</source>
        <translation>{source}: в {name} нет подстановки {placeholder}</translation>
    </message>
    <message>
        <source>{source}: {name} has the unknown placeholder {placeholder}</source>
        <translation>{source}: в {name} неизвестная подстановка {placeholder}</translation>
    </message>
    <message>
        <source>{source}: {name} has broken markup: {reason}</source>
        <translation>{source}: в тексте {name} нарушена разметка: {reason}</translation>
    </message>
    <message>
        <source>no document wording exists for language {language}</source>
        <translation>для языка {language} нет текстов документов</translation>
    </message>
    <message>
        <source>the document wording {file} is missing</source>
        <translation>нет файла текстов документов {file}</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>не удаётся прочитать {file}: {reason}</translation>
    </message>
    <message>
        <source>{file} is not a file of the document wording</source>
        <translation>{file} — не файл текстов документов</translation>
    </message>
    <message>
        <source>this register takes part in no sync yet: join a regional centre with the setup file it gave, or make this register the regional centre</source>
        <translation>этот реестр пока не участвует в синхронизации: подключитесь к региональному центру по файлу настройки, который он выдал, или сделайте этот реестр региональным центром</translation>
    </message>
    <message>
        <source>only the {role} can do this; this register is the {actual}</source>
        <translation>это может сделать только {role}; этот реестр — {actual}</translation>
    </message>
    <message>
        <source>this register is already enrolled in sync</source>
        <translation>этот реестр уже зарегистрирован в синхронизации</translation>
    </message>
    <message>
        <source>this register belongs to an office; make the centre in a data folder of its own (--data-dir)</source>
        <translation>этот реестр принадлежит кабинету; создайте центр в отдельной папке данных (--data-dir)</translation>
    </message>
    <message>
        <source>is the centre&apos;s own code</source>
        <translation>это собственный код центра</translation>
    </message>
    <message>
        <source>{path} exists already; choose another name, or allow it to be replaced</source>
        <translation>{path} уже существует; выберите другое имя или разрешите заменить его</translation>
    </message>
    <message>
        <source>office {code} is enrolled already; enrol it again only to give it a new key (a lost or replaced PC)</source>
        <translation>кабинет {code} уже зарегистрирован; регистрируйте его повторно, только чтобы выдать новый ключ (компьютер утерян или заменён)</translation>
    </message>
    <message>
        <source>office {code} was never enrolled</source>
        <translation>кабинет {code} ещё не регистрировался</translation>
    </message>
    <message>
        <source>this register is the centre; an office joins in its own</source>
        <translation>этот реестр — центр; кабинет подключается в собственном реестре</translation>
    </message>
    <message>
        <source>this register has joined already (office {code}); a setup file is used once</source>
        <translation>этот реестр уже подключён (кабинет {code}); файл настройки используется один раз</translation>
    </message>
    <message>
        <source>name the office the bundle is for</source>
        <translation>укажите кабинет, для которого пакет</translation>
    </message>
    <message>
        <source>an office exports only its own bundle</source>
        <translation>кабинет выгружает только собственный пакет</translation>
    </message>
    <message>
        <source>office {code} is not enrolled</source>
        <translation>кабинет {code} не зарегистрирован</translation>
    </message>
    <message>
        <source>office {code} has sent no bundle yet, so its key is not known and nothing can be encrypted to it: import its first bundle, then export again</source>
        <translation>кабинет {code} ещё не присылал пакетов, поэтому его ключ неизвестен и для него ничего нельзя зашифровать: загрузите его первый пакет, затем выгрузите снова</translation>
    </message>
    <message>
        <source>the enrolment of {code} changed while importing</source>
        <translation>регистрация {code} изменилась во время загрузки</translation>
    </message>
    <message>
        <source>bundle {sequence} of {code} was received before with other content: this copy differs from the one recorded; keep both files and tell the centre</source>
        <translation>пакет {sequence} от {code} уже был получен с другим содержимым: эта копия отличается от записанной; сохраните оба файла и сообщите в центр</translation>
    </message>
    <message>
        <source>held until the changes before it arrive (bundles after {known} of {code})</source>
        <translation>отложен до получения предшествующих изменений (пакетов {code} после {known}-го)</translation>
    </message>
    <message>
        <source>the rules data in the bundle are invalid: {reason}</source>
        <translation>данные правил в пакете недопустимы: {reason}</translation>
    </message>
    <message>
        <source>{file} is too large for a wording file</source>
        <translation>{file} слишком велик для файла текстов документов</translation>
    </message>
    <message>
        <source>{folder} holds no wording files (kk/settlement.toml and the like)</source>
        <translation>в {folder} нет файлов текстов документов (kk/settlement.toml и подобных)</translation>
    </message>
    <message>
        <source>the document wording in the bundle is invalid: {reason}</source>
        <translation>тексты документов в пакете недопустимы: {reason}</translation>
    </message>
    <message>
        <source>regional centre</source>
        <translation>региональный центр медиации</translation>
    </message>
    <message>
        <source>office</source>
        <translation>кабинет медиации</translation>
    </message>
    <message>
        <source>the bundle comes from {code}, not from this office&apos;s centre</source>
        <translation>пакет пришёл от {code}, а не от центра этого кабинета</translation>
    </message>
    <message>
        <source>the bundle comes from {code}, which is not enrolled here</source>
        <translation>пакет пришёл от {code}, который здесь не зарегистрирован</translation>
    </message>
    <message>
        <source>the bundle was made under enrolment {got} of {code}, but enrolment {now} is in force: it comes from a replaced key or setup file</source>
        <translation>пакет сделан при регистрации {got} кабинета {code}, а действует регистрация {now}: он от заменённого ключа или файла настройки</translation>
    </message>
    <message>
        <source>the first bundle of {code} does not introduce its key</source>
        <translation>первый пакет от {code} не содержит его ключа</translation>
    </message>
    <message>
        <source>the key in the first bundle of {code} was not made with its setup file</source>
        <translation>ключ в первом пакете от {code} создан не с его файлом настройки</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest lacks its sequence or change range</source>
        <translation>в манифесте пакета нет порядкового номера или диапазона изменений</translation>
    </message>
    <message>
        <source>the bundle was made by a newer Kelisim (schema {schema}); update this program first</source>
        <translation>пакет сделан более новой версией Kelisim (схема {schema}); сначала обновите эту программу</translation>
    </message>
    <message>
        <source>the setup file {path} cannot be read: {reason}</source>
        <translation>файл настройки {path} не удаётся прочитать: {reason}</translation>
    </message>
    <message>
        <source>{path} is not a Kelisim setup file, or it is damaged</source>
        <translation>{path} — не файл настройки Kelisim, или он повреждён</translation>
    </message>
    <message>
        <source>the bundle refers to records this register does not have (in {table}); an earlier bundle is missing: import it first</source>
        <translation>пакет ссылается на записи, которых нет в этом реестре (в {table}); не хватает более раннего пакета: сначала загрузите его</translation>
    </message>
    <message>
        <source>the conflict was already resolved</source>
        <translation>конфликт уже разрешён</translation>
    </message>
    <message>
        <source>the record of the conflict no longer exists</source>
        <translation>запись конфликта больше не существует</translation>
    </message>
    <message>
        <source>bundle {sequence} of {code} is missing</source>
        <translation>не хватает пакета {sequence} от {code}</translation>
    </message>
    <message>
        <source>the part {part} is {size} bytes, more than the {limit} a bundle part may hold</source>
        <translation>часть {part} занимает {size} байт, больше {limit}, допустимых для части пакета</translation>
    </message>
    <message>
        <source>the parts are {size} bytes together, more than the {limit} a bundle may hold</source>
        <translation>части вместе занимают {size} байт, больше {limit}, допустимых для пакета</translation>
    </message>
    <message>
        <source>the bundle&apos;s manifest is {size} bytes, more than the {limit} allowed</source>
        <translation>манифест пакета занимает {size} байт, больше допустимых {limit}</translation>
    </message>
    <message>
        <source>the bundle would be {size} bytes, more than the {limit} a bundle may have</source>
        <translation>пакет занял бы {size} байт, больше {limit}, допустимых для пакета</translation>
    </message>
    <message>
        <source>{path}: the bundle cannot be written ({reason})</source>
        <translation>{path}: пакет не удаётся записать ({reason})</translation>
    </message>
    <message>
        <source>{path}: the bundle read back from the disk differs from what was written, so it was removed; the disk or USB stick may be failing: write it to another one</source>
        <translation>{path}: пакет, прочитанный с диска, отличается от записанного, поэтому он удалён; диск или флешка, возможно, неисправны: запишите на другой носитель</translation>
    </message>
    <message>
        <source>{path}: the file is {size} bytes, more than the {limit} a bundle may have</source>
        <translation>{path}: файл занимает {size} байт, больше {limit}, допустимых для пакета</translation>
    </message>
    <message>
        <source>the bundle is addressed to {destination}, not to this site ({code}); it is for {destination} to open</source>
        <translation>пакет адресован {destination}, а не этому реестру ({code}); открыть его должен {destination}</translation>
    </message>
    <message>
        <source>no enrolled key of {origin} was found to check the bundle</source>
        <translation>не найден зарегистрированный ключ {origin} для проверки пакета</translation>
    </message>
    <message>
        <source>the bundle was signed with the key {claimed}, but the key enrolled for {origin} is {enrolled}: it was not made by {origin}, or {origin} has new keys to enrol first</source>
        <translation>пакет подписан ключом {claimed}, а для {origin} зарегистрирован ключ {enrolled}: его сделал не {origin}, или у {origin} новые ключи, которые сначала нужно зарегистрировать</translation>
    </message>
    <message>
        <source>the bundle was sealed for the key {claimed} of {code}, but this site&apos;s key is {mine}; it cannot be opened with this site&apos;s keys</source>
        <translation>пакет зашифрован для ключа {claimed} реестра {code}, а ключ этого реестра — {mine}; открыть его ключами этого реестра нельзя</translation>
    </message>
    <message>
        <source>the signature does not match: the file was altered or not made by {origin}</source>
        <translation>подпись не совпадает: файл изменён или сделан не {origin}</translation>
    </message>
    <message>
        <source>the part {part} is damaged: its SHA-256 does not match the header</source>
        <translation>часть {part} повреждена: её SHA-256 не совпадает с заголовком</translation>
    </message>
    <message>
        <source>the part {part} cannot be decrypted with this site&apos;s key: it was not sealed for this bundle and this site, or it was altered</source>
        <translation>часть {part} не удаётся расшифровать ключом этого реестра: она зашифрована не для этого пакета и этого реестра, или изменена</translation>
    </message>
    <message>
        <source>the part {part} unpacks to more than the {size} bytes its header declares; refused without unpacking it</source>
        <translation>часть {part} распаковывается больше чем в {size} байт, указанных в заголовке; отклонена без распаковки</translation>
    </message>
    <message>
        <source>the part {part} is not valid compressed data</source>
        <translation>часть {part} — не допустимые сжатые данные</translation>
    </message>
    <message>
        <source>the part {part} is not valid compressed data: its stream is cut short or followed by more bytes</source>
        <translation>часть {part} — не допустимые сжатые данные: поток оборван или за ним идут лишние байты</translation>
    </message>
    <message>
        <source>the part {part} unpacks to {actual} bytes, not the {size} its header declares</source>
        <translation>часть {part} распаковывается в {actual} байт, а не в {size}, указанных в заголовке</translation>
    </message>
    <message>
        <source>this is not a Kelisim sync bundle (it does not begin with the mark of one)</source>
        <translation>это не пакет синхронизации Kelisim (он не начинается с его метки)</translation>
    </message>
    <message>
        <source>the bundle was made by a newer Kelisim (format {version}); update this program to read it</source>
        <translation>пакет сделан более новой версией Kelisim (формат {version}); чтобы прочитать его, обновите эту программу</translation>
    </message>
    <message>
        <source>the bundle is damaged: its format number is {version}</source>
        <translation>пакет повреждён: номер его формата — {version}</translation>
    </message>
    <message>
        <source>the file is {size} bytes, more than the {limit} a bundle may have</source>
        <translation>файл занимает {size} байт, больше {limit}, допустимых для пакета</translation>
    </message>
    <message>
        <source>the bundle is damaged: its header claims {length} bytes, more than the {limit} allowed</source>
        <translation>пакет повреждён: заголовок заявляет {length} байт, больше допустимых {limit}</translation>
    </message>
    <message>
        <source>the bundle has {extra} bytes after its signature: something was added to the file or it is damaged</source>
        <translation>в пакете {extra} байт после подписи: к файлу что-то добавлено, или он повреждён</translation>
    </message>
    <message>
        <source>the bundle is cut short ({size} bytes): it was not copied whole; copy it again</source>
        <translation>пакет обрезан ({size} байт): он скопирован не полностью; скопируйте его снова</translation>
    </message>
    <message>
        <source>its header is not UTF-8 text</source>
        <translation>его заголовок — не текст UTF-8</translation>
    </message>
    <message>
        <source>its header is not JSON</source>
        <translation>его заголовок — не JSON</translation>
    </message>
    <message>
        <source>its header is not a JSON object</source>
        <translation>его заголовок — не объект JSON</translation>
    </message>
    <message>
        <source>its header is not in the canonical form</source>
        <translation>его заголовок не в каноническом виде</translation>
    </message>
    <message>
        <source>the bundle is damaged: {reason}</source>
        <translation>пакет повреждён: {reason}</translation>
    </message>
    <message>
        <source>its header repeats a field</source>
        <translation>в его заголовке повторяется поле</translation>
    </message>
    <message>
        <source>its header holds a number that is not a whole number</source>
        <translation>в его заголовке есть нецелое число</translation>
    </message>
    <message>
        <source>its header holds a number beyond {limit}</source>
        <translation>в его заголовке есть число больше {limit}</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>does not match the file&apos;s format number {version}</source>
        <translation>не совпадает с номером формата файла {version}</translation>
    </message>
    <message>
        <source>is not a site code</source>
        <translation>не является кодом реестра</translation>
    </message>
    <message>
        <source>is not a key fingerprint</source>
        <translation>не является отпечатком ключа</translation>
    </message>
    <message>
        <source>is not 32 hexadecimal digits</source>
        <translation>не 32 шестнадцатеричные цифры</translation>
    </message>
    <message>
        <source>is not a list of at most {limit} parts</source>
        <translation>не список не более чем из {limit} частей</translation>
    </message>
    <message>
        <source>does not have exactly the fields name, plain_size, size and sha256</source>
        <translation>содержит не ровно поля name, plain_size, size и sha256</translation>
    </message>
    <message>
        <source>is not a part name</source>
        <translation>не является именем части</translation>
    </message>
    <message>
        <source>repeats the part {part}</source>
        <translation>повторяет часть {part}</translation>
    </message>
    <message>
        <source>is not a number of bytes</source>
        <translation>не является числом байт</translation>
    </message>
    <message>
        <source>says {size} bytes, more than the {limit} a part may hold</source>
        <translation>указывает {size} байт, больше {limit}, допустимых для части</translation>
    </message>
    <message>
        <source>is not a possible size of a stored part</source>
        <translation>не может быть размером сохранённой части</translation>
    </message>
    <message>
        <source>is not 64 hexadecimal digits</source>
        <translation>не 64 шестнадцатеричные цифры</translation>
    </message>
    <message>
        <source>say {size} bytes unpacked together, more than the {limit} a bundle may hold</source>
        <translation>указывают {size} байт в распакованном виде вместе, больше {limit}, допустимых для пакета</translation>
    </message>
    <message>
        <source>the bundle is damaged: its header field {field} {reason}</source>
        <translation>пакет повреждён: поле заголовка {field} {reason}</translation>
    </message>
    <message>
        <source>nests deeper than {limit} levels</source>
        <translation>есть вложенность глубже {limit} уровней</translation>
    </message>
    <message>
        <source>has a field name that is not text</source>
        <translation>есть имя поля, не являющееся текстом</translation>
    </message>
    <message>
        <source>is a number beyond {limit}</source>
        <translation>есть число больше {limit}</translation>
    </message>
    <message>
        <source>is not JSON text, a whole number, true, false, null, a list or an object</source>
        <translation>есть значение, которое не является текстом JSON, целым числом, true, false, null, списком или объектом</translation>
    </message>
    <message>
        <source>has text that is not Unicode</source>
        <translation>есть текст не в Юникоде</translation>
    </message>
    <message>
        <source>its header {reason}</source>
        <translation>в его заголовке {reason}</translation>
    </message>
    <message>
        <source>the site key of {code}: box_key is not a usable X25519 public key</source>
        <translation>ключ реестра {code}: box_key — не пригодный открытый ключ X25519</translation>
    </message>
    <message>
        <source>a public site key</source>
        <translation>открытый ключ реестра</translation>
    </message>
    <message>
        <source>the site key of {code}: its fingerprint {written} does not match its keys ({actual}); the key was altered or copied wrongly</source>
        <translation>ключ реестра {code}: его отпечаток {written} не совпадает с ключами ({actual}); ключ изменён или скопирован с ошибкой</translation>
    </message>
    <message>
        <source>the site&apos;s private keys</source>
        <translation>закрытые ключи реестра</translation>
    </message>
    <message>
        <source>a site key&apos;s code must be 2 to 12 Latin capital letters or digits, e.g. KRG01</source>
        <translation>код в ключе реестра должен состоять из 2–12 заглавных латинских букв или цифр, например KRG01</translation>
    </message>
    <message>
        <source>a site key&apos;s {field} must be {count} bytes</source>
        <translation>поле {field} ключа реестра должно занимать {count} байт</translation>
    </message>
    <message>
        <source>{what} is not a set of named fields</source>
        <translation>{what} — не набор именованных полей</translation>
    </message>
    <message>
        <source>{what} lacks the field {field}</source>
        <translation>{what}: нет поля {field}</translation>
    </message>
    <message>
        <source>{what} has an unknown field {field}</source>
        <translation>{what}: неизвестное поле {field}</translation>
    </message>
    <message>
        <source>{what}: the field {field} must be text</source>
        <translation>{what}: поле {field} должно быть текстом</translation>
    </message>
    <message>
        <source>a site key&apos;s {field} must be {count} hexadecimal digits (0-9, a-f)</source>
        <translation>поле {field} ключа реестра должно состоять из {count} шестнадцатеричных цифр (0-9, a-f)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Party to the case</source>
        <translation>Сторона дела</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>Медиатор</translation>
    </message>
    <message>
        <source>Mediator assigned to the case</source>
        <translation>Медиатор, назначенный по делу</translation>
    </message>
    <message>
        <source>Mediation session</source>
        <translation>Встреча (сессия) медиации</translation>
    </message>
    <message>
        <source>Agreed term</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <source>Printed document</source>
        <translation>Напечатанный документ</translation>
    </message>
    <message>
        <source>Office details</source>
        <translation>Сведения о кабинете</translation>
    </message>
    <message>
        <source>Place in the list</source>
        <translation>Место в списке</translation>
    </message>
    <message>
        <source>Office where it was made</source>
        <translation>Кабинет, где создано</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Когда создано</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Кабинет</translation>
    </message>
    <message>
        <source>Year of the number</source>
        <translation>Год в номере</translation>
    </message>
    <message>
        <source>Number within the year</source>
        <translation>Порядковый номер за год</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Agreement to mediate signed on</source>
        <translation>Дата договора о медиации</translation>
    </message>
    <message>
        <source>Extensions of the time limit</source>
        <translation>Продления срока</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <source>Person or organisation</source>
        <translation>Физическое лицо или организация</translation>
    </message>
    <message>
        <source>Role in the dispute</source>
        <translation>Роль в споре</translation>
    </message>
    <message>
        <source>IIN/BIN</source>
        <translation>ИИН/БИН</translation>
    </message>
    <message>
        <source>Representative&apos;s authority</source>
        <translation>Полномочия представителя</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Дата проведения</translation>
    </message>
    <message>
        <source>What is owed</source>
        <translation>Содержание обязательства</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>Исполнение</translation>
    </message>
    <message>
        <source>Fulfilled on</source>
        <translation>Дата исполнения</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation>Хэш содержания</translation>
    </message>
    <message>
        <source>Printed at</source>
        <translation>Когда напечатан</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>Номер в реестре</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Specialisations</source>
        <translation>Специализации</translation>
    </message>
    <message>
        <source>Mediates</source>
        <translation>Проводит медиацию</translation>
    </message>
    <message>
        <source>Office code</source>
        <translation>Код кабинета</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Наименование на казахском</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Наименование на русском</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Head of the office</source>
        <translation>Руководитель кабинета</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Применён</translation>
    </message>
    <message>
        <source>Already applied before: nothing changed</source>
        <translation>Уже применён ранее: ничего не изменилось</translation>
    </message>
    <message>
        <source>Held: it waits for an earlier bundle</source>
        <translation>Отложен: ждёт более ранний пакет</translation>
    </message>
    <message>
        <source>Refused: nothing of it was stored</source>
        <translation>Отклонён: из него ничего не сохранено</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>обновлено</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation>конфликты</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>применено</translation>
    </message>
    <message>
        <source>already applied</source>
        <translation>уже применено ранее</translation>
    </message>
    <message>
        <source>held</source>
        <translation>отложено</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message numerus="yes">
        <source>The time limit of %n day(s) runs from this day: mediation must end by {deadline}.</source>
        <translation>
            <numerusform>Срок в %n день отсчитывается с этого дня: медиация должна завершиться не позднее {deadline}.</numerusform>
            <numerusform>Срок в %n дня отсчитывается с этого дня: медиация должна завершиться не позднее {deadline}.</numerusform>
            <numerusform>Срок в %n дней отсчитывается с этого дня: медиация должна завершиться не позднее {deadline}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start mediation — case {number}</source>
        <translation>Начало медиации — дело {number}</translation>
    </message>
    <message>
        <source>Mediation starts when the parties and the mediator sign the agreement to mediate.</source>
        <translation>Медиация начинается, когда стороны и медиатор подписывают договор о медиации.</translation>
    </message>
    <message>
        <source>&amp;Signed on</source>
        <translation>Дата &amp;подписания</translation>
    </message>
    <message>
        <source>Start mediation</source>
        <translation>Начать медиацию</translation>
    </message>
</context>
<context>
    <name>BlankFormDialog</name>
    <message>
        <source>Blank forms</source>
        <translation>Бланки</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Форма</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message numerus="yes">
        <source>Cannot save yet: {problem} (and %n more)</source>
        <translation>
            <numerusform>Пока нельзя сохранить: {problem} (и ещё %n замечание)</numerusform>
            <numerusform>Пока нельзя сохранить: {problem} (и ещё %n замечания)</numerusform>
            <numerusform>Пока нельзя сохранить: {problem} (и ещё %n замечаний)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save yet: {problem}</source>
        <translation>Пока нельзя сохранить: {problem}</translation>
    </message>
    <message>
        <source>The changes are not saved yet.</source>
        <translation>Изменения ещё не сохранены.</translation>
    </message>
    <message>
        <source>Everything is saved.</source>
        <translation>Всё сохранено.</translation>
    </message>
    <message>
        <source>Print a paper of this case ({shortcut})</source>
        <translation>Напечатать документ по этому делу ({shortcut})</translation>
    </message>
    <message>
        <source>The case is not saved</source>
        <translation>Дело не сохранено</translation>
    </message>
    <message>
        <source>Correct these first:</source>
        <translation>Сначала исправьте:</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>This case has changes that are not saved. Save them before closing?</source>
        <translation>В деле есть несохранённые изменения. Сохранить их перед закрытием?</translation>
    </message>
    <message>
        <source>Delete case {number}</source>
        <translation>Удаление дела {number}</translation>
    </message>
    <message>
        <source>Delete case {number}? Do this only for a case registered by mistake. Its number is not given again.</source>
        <translation>Удалить дело {number}? Делайте это только для дела, зарегистрированного по ошибке. Его номер больше никому не присваивается.</translation>
    </message>
    <message>
        <source>Delete the case</source>
        <translation>Удалить дело</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <source>New case, not registered yet: it gets its number when you save it.</source>
        <translation>Новое дело, ещё не зарегистрировано: номер будет присвоен при сохранении.</translation>
    </message>
    <message>
        <source>Case {number}</source>
        <translation>Дело {number}</translation>
    </message>
    <message>
        <source>Case {number} · {status}</source>
        <translation>Дело {number} · {status}</translation>
    </message>
    <message>
        <source>Deadline {day}</source>
        <translation>Срок: {day}</translation>
    </message>
    <message>
        <source>Mediation and its outcome are filled in once the case is saved.</source>
        <translation>Медиация и её результат заполняются после сохранения дела.</translation>
    </message>
    <message>
        <source>Cas&amp;e</source>
        <translation>&amp;Дело</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>&amp;Стороны</translation>
    </message>
    <message>
        <source>&amp;Mediation</source>
        <translation>&amp;Медиация</translation>
    </message>
    <message>
        <source>Outcome and &amp;terms</source>
        <translation>&amp;Результат и обязательства</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Save the case first</source>
        <translation>Сначала сохраните дело</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>De&amp;lete case...</source>
        <translation>Удалить де&amp;ло...</translation>
    </message>
</context>
<context>
    <name>CaseFilters</name>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>Cat&amp;egory:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>&amp;Mediator:</source>
        <translation>&amp;Медиатор:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>П&amp;ериод:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;От:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;До:</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Показать &amp;все</translation>
    </message>
    <message>
        <source>Clear every filter and show all cases</source>
        <translation>Сбросить все фильтры и показать все дела</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Выбранные даты</translation>
    </message>
</context>
<context>
    <name>CasePrintDialog</name>
    <message>
        <source>{document}, case {number}</source>
        <translation>{document}, дело {number}</translation>
    </message>
    <message>
        <source>Choose a paper</source>
        <translation>Выберите документ</translation>
    </message>
    <message>
        <source>Print — case {number}</source>
        <translation>Печать — дело {number}</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Agreements and the termination notice are signed papers: each one printed or saved is noted in the case&apos;s history.</source>
        <translation>Договор, соглашение и уведомление о прекращении — подписываемые документы: каждый напечатанный или сохранённый экземпляр записывается в историю дела.</translation>
    </message>
    <message>
        <source>Session the invitation calls to</source>
        <translation>Встреча, на которую приглашают</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Время</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Место</translation>
    </message>
    <message>
        <source>What is left empty prints as a line to fill in by hand.</source>
        <translation>Незаполненное печатается линией, чтобы вписать от руки.</translation>
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
        <translation>Номер</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>Медиаторы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
</context>
<context>
    <name>CentreDialog</name>
    <message>
        <source>Type the centre&apos;s name</source>
        <translation>Введите наименование центра</translation>
    </message>
    <message>
        <source>Correct what is marked above</source>
        <translation>Исправьте отмеченное выше</translation>
    </message>
    <message>
        <source>Make this the regional centre</source>
        <translation>Сделать этот реестр региональным центром</translation>
    </message>
    <message>
        <source>This register becomes the regional mediation centre: it enrols the offices of the region, merges their sync bundles and sends them back corrections and rules. It gets a key of its own, whose fingerprint the offices compare by phone. Make the centre in a data folder of its own, not in an office&apos;s.</source>
        <translation>Этот реестр станет региональным центром медиации: он регистрирует кабинеты региона, объединяет их пакеты синхронизации и отправляет им исправления и правила. Центр получает собственный ключ, отпечаток которого кабинеты сверяют по телефону. Создавайте центр в отдельной папке данных, а не в папке кабинета.</translation>
    </message>
    <message>
        <source>Centre&apos;s &amp;name</source>
        <translation>&amp;Наименование центра</translation>
    </message>
    <message>
        <source>Centre&apos;s &amp;code</source>
        <translation>&amp;Код центра</translation>
    </message>
    <message>
        <source>&amp;Make this the centre</source>
        <translation>&amp;Сделать центром</translation>
    </message>
</context>
<context>
    <name>ClosingDialog</name>
    <message>
        <source>Remove an agreed term</source>
        <translation>Удаление обязательства</translation>
    </message>
    <message>
        <source>Remove agreed term {n} and what is typed in it?</source>
        <translation>Убрать обязательство {n} вместе со всем, что в нём введено?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Choose the outcome</source>
        <translation>Выберите результат</translation>
    </message>
    <message>
        <source>Agreed term {n}: {reason}</source>
        <translation>Обязательство {n}: {reason}</translation>
    </message>
    <message>
        <source>Close case {number} as “{outcome}” on {date}?
This cannot be undone: a closed case takes no more sessions, and its outcome stays.</source>
        <translation>Закрыть дело {number} с результатом «{outcome}», дата закрытия {date}?
Это нельзя отменить: в закрытое дело больше нельзя добавить встречи медиации, а его результат не меняется.</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Закрыть дело</translation>
    </message>
    <message>
        <source>Close case {number}</source>
        <translation>Закрытие дела {number}</translation>
    </message>
    <message>
        <source>&amp;Closed on</source>
        <translation>Дата &amp;закрытия</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Результат</translation>
    </message>
    <message>
        <source>Agreed terms of the settlement</source>
        <translation>Обязательства по соглашению об урегулировании спора</translation>
    </message>
    <message>
        <source>&amp;Add an agreed term</source>
        <translation>&amp;Добавить обязательство</translation>
    </message>
    <message>
        <source>Close the case…</source>
        <translation>Закрыть дело…</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <source>Case number</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>With</source>
        <translation>С кем</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Обнаружен</translation>
    </message>
</context>
<context>
    <name>DueView</name>
    <message numerus="yes">
        <source>Cases with the deadline within %n day(s) or past: {count}</source>
        <translation>
            <numerusform>Дела со сроком, истекающим в ближайший %n день или уже истёкшим: {count}</numerusform>
            <numerusform>Дела со сроком, истекающим в ближайшие %n дня или уже истёкшим: {count}</numerusform>
            <numerusform>Дела со сроком, истекающим в ближайшие %n дней или уже истёкшим: {count}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agreed terms due within %n day(s) or late: {count}</source>
        <translation>
            <numerusform>Обязательства со сроком в ближайший %n день или просроченные: {count}</numerusform>
            <numerusform>Обязательства со сроком в ближайшие %n дня или просроченные: {count}</numerusform>
            <numerusform>Обязательства со сроком в ближайшие %n дней или просроченные: {count}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Save the office&apos;s setup file</source>
        <translation>Сохранить файл настройки кабинета</translation>
    </message>
    <message>
        <source>Setup files (*.json)</source>
        <translation>Файлы настройки (*.json)</translation>
    </message>
    <message>
        <source>Fill in the office&apos;s code and both names</source>
        <translation>Заполните код кабинета и оба наименования</translation>
    </message>
    <message>
        <source>Correct what is marked above</source>
        <translation>Исправьте отмеченное выше</translation>
    </message>
    <message>
        <source>Office {code} is enrolled already. To give it a new key (its PC was lost or replaced), tick “{again}”.</source>
        <translation>Кабинет {code} уже зарегистрирован. Чтобы выдать ему новый ключ (компьютер утерян или заменён), отметьте «{again}».</translation>
    </message>
    <message>
        <source>Office {code} was never enrolled: untick “{again}”.</source>
        <translation>Кабинет {code} ещё не регистрировался: снимите отметку «{again}».</translation>
    </message>
    <message>
        <source>Choose where to save the setup file</source>
        <translation>Выберите, куда сохранить файл настройки</translation>
    </message>
    <message>
        <source>Enrol an office</source>
        <translation>Регистрация кабинета</translation>
    </message>
    <message>
        <source>The office gets a setup file: hand it over in person (a USB stick), and the office joins with it. From then on this centre accepts bundles from the office only when they are signed with the office&apos;s own key.</source>
        <translation>Кабинет получает файл настройки: передайте его лично (на флешке), и кабинет подключится с его помощью. С этого момента центр принимает пакеты кабинета, только если они подписаны собственным ключом кабинета.</translation>
    </message>
    <message>
        <source>Office &amp;code</source>
        <translation>&amp;Код кабинета</translation>
    </message>
    <message>
        <source>Name in &amp;Kazakh</source>
        <translation>Наименование на ка&amp;захском</translation>
    </message>
    <message>
        <source>Name in &amp;Russian</source>
        <translation>Наименование на р&amp;усском</translation>
    </message>
    <message>
        <source>&amp;Setup file</source>
        <translation>&amp;Файл настройки</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>ещё не выбран</translation>
    </message>
    <message>
        <source>&amp;Again, with a new key (lost or replaced PC)</source>
        <translation>&amp;Повторно, с новым ключом (компьютер утерян или заменён)</translation>
    </message>
    <message>
        <source>The office&apos;s old key stops being accepted. Its cases stay here at the centre: once the office has joined with the new setup file and sent its first bundle, export a full bundle for it to restore its register.</source>
        <translation>Старый ключ кабинета перестаёт приниматься. Его дела остаются здесь, в центре: когда кабинет подключится с новым файлом настройки и пришлёт первый пакет, выгрузите для него полный пакет, чтобы восстановить его реестр.</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>За&amp;регистрировать</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Произошла ошибка</translation>
    </message>
    <message>
        <source>Something went wrong. Your saved work is safe; the action you were doing may not have been saved.

You can go on working. If this happens again, tell whoever supports the program and give them the details: they contain no names or numbers of people.</source>
        <translation>Произошла ошибка. Ранее сохранённые данные в безопасности; последнее действие, возможно, не сохранилось.

Можно продолжать работу. Если это повторится, сообщите специалисту, который обслуживает программу, и передайте ему подробности: в них нет имён и номеров людей.</translation>
    </message>
    <message>
        <source>The program&apos;s log is in {file}</source>
        <translation>Журнал программы: {file}</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Подробности</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Копировать подробности</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The data in {folder} cannot be opened:
{reason}</source>
        <translation>Не удаётся открыть данные в папке {folder}:
{reason}</translation>
    </message>
    <message>
        <source>Kelisim cannot use the data folder {folder}. Check that the disk is there and that you may write to the folder.</source>
        <translation>Kelisim не может использовать папку данных {folder}. Проверьте, что диск подключён и у Вас есть право записи в эту папку.</translation>
    </message>
    <message>
        <source>Kelisim cannot start</source>
        <translation>Не удаётся запустить Kelisim</translation>
    </message>
</context>
<context>
    <name>FieldChoiceModel</name>
    <message>
        <source>take</source>
        <translation>взять</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>In this register</source>
        <translation>В этом реестре</translation>
    </message>
    <message>
        <source>At the other side</source>
        <translation>У другой стороны</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Взять</translation>
    </message>
    <message>
        <source>Tick to take the other side&apos;s value of the field</source>
        <translation>Отметьте, чтобы взять значение поля у другой стороны</translation>
    </message>
</context>
<context>
    <name>FulfilmentDialog</name>
    <message>
        <source>Record fulfilment — case {number}</source>
        <translation>Отметка об исполнении — дело {number}</translation>
    </message>
    <message>
        <source>{debtor} owes: {what}</source>
        <translation>Кто должен: {debtor}. Обязательство: {what}</translation>
    </message>
    <message>
        <source>&amp;Fulfilment</source>
        <translation>&amp;Исполнение</translation>
    </message>
    <message>
        <source>Fulfilled &amp;on</source>
        <translation>&amp;Дата исполнения</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Записать</translation>
    </message>
</context>
<context>
    <name>IdentifierField</name>
    <message>
        <source>{name}: digits only, please</source>
        <translation>{name}: введите, пожалуйста, только цифры</translation>
    </message>
    <message>
        <source>{count} of 12 digits</source>
        <translation>введено {count} из 12 цифр</translation>
    </message>
    <message>
        <source>This is an organisation&apos;s BIN, not a person&apos;s IIN</source>
        <translation>Это БИН организации, а не ИИН человека</translation>
    </message>
    <message>
        <source>This is a person&apos;s IIN, not an organisation&apos;s BIN</source>
        <translation>Это ИИН человека, а не БИН организации</translation>
    </message>
    <message>
        <source>Valid BIN</source>
        <translation>БИН верный</translation>
    </message>
    <message>
        <source>Valid IIN</source>
        <translation>ИИН верный</translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message>
        <source>Office journal, {first} – {last}</source>
        <translation>Журнал кабинета, {first} – {last}</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>Office journal</source>
        <translation>Журнал кабинета</translation>
    </message>
    <message>
        <source>The cases registered in the period, one row each.</source>
        <translation>Дела, зарегистрированные за период, по строке на дело.</translation>
    </message>
    <message>
        <source>&amp;Start of the period</source>
        <translation>&amp;Начало периода</translation>
    </message>
    <message>
        <source>&amp;End of the period</source>
        <translation>&amp;Конец периода</translation>
    </message>
</context>
<context>
    <name>JournalImport</name>
    <message>
        <source>Choose the journal</source>
        <translation>Выберите журнал</translation>
    </message>
    <message>
        <source>Journals (*.xlsx *.csv);;All files (*)</source>
        <translation>Журналы (*.xlsx *.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Save an empty journal</source>
        <translation>Сохранить пустой журнал</translation>
    </message>
    <message>
        <source>journal.xlsx</source>
        <translation>журнал.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Cannot write {path}</source>
        <translation>Не удаётся записать {path}</translation>
    </message>
    <message>
        <source>An empty journal was saved to {path}. Fill it in and import it here.</source>
        <translation>Пустой журнал сохранён: {path}. Заполните его и импортируйте здесь.</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Файл: {path}</translation>
    </message>
    <message>
        <source>There is nothing new to import in this file.</source>
        <translation>В этом файле нет ничего нового для импорта.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) imported into the register.</source>
        <translation>
            <numerusform>В реестр импортировано %n дело.</numerusform>
            <numerusform>В реестр импортировано %n дела.</numerusform>
            <numerusform>В реестр импортировано %n дел.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Problems that stop the import: %n. Correct them in the file and check it again. Nothing was imported.</source>
        <translation>
            <numerusform>Ошибок, из-за которых импорт невозможен: %n. Исправьте их в файле и проверьте его снова. Ничего не импортировано.</numerusform>
            <numerusform>Ошибок, из-за которых импорт невозможен: %n. Исправьте их в файле и проверьте его снова. Ничего не импортировано.</numerusform>
            <numerusform>Ошибок, из-за которых импорт невозможен: %n. Исправьте их в файле и проверьте его снова. Ничего не импортировано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file is correct: %n case(s) ready to import.</source>
        <translation>
            <numerusform>Файл в порядке: к импорту готово %n дело.</numerusform>
            <numerusform>Файл в порядке: к импорту готовы %n дела.</numerusform>
            <numerusform>Файл в порядке: к импорту готово %n дел.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) of this file already in the register.</source>
        <translation>
            <numerusform>%n дело из этого файла уже есть в реестре.</numerusform>
            <numerusform>%n дела из этого файла уже есть в реестре.</numerusform>
            <numerusform>%n дел из этого файла уже есть в реестре.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mediator(s) named in the file will join the register.</source>
        <translation>
            <numerusform>%n медиатор, указанный в файле, будет добавлен в реестр.</numerusform>
            <numerusform>%n медиатора, указанных в файле, будут добавлены в реестр.</numerusform>
            <numerusform>%n медиаторов, указанных в файле, будут добавлены в реестр.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns not used: {columns}</source>
        <translation>Неиспользуемые столбцы: {columns}</translation>
    </message>
    <message>
        <source>Import a journal</source>
        <translation>Импорт журнала</translation>
    </message>
    <message>
        <source>Bring the office&apos;s existing journal (Excel .xlsx or .csv) into the register. The file is checked first; nothing is imported until every row is correct, and a file imported twice adds nothing.</source>
        <translation>Перенесите в реестр журнал, который кабинет медиации уже ведёт (Excel .xlsx или .csv). Сначала файл проверяется; пока все строки не будут правильными, ничего не импортируется, а повторный импорт того же файла ничего не добавит.</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Выбрать файл…</translation>
    </message>
    <message>
        <source>Save an &amp;empty journal…</source>
        <translation>Сохранить &amp;пустой журнал…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Что не так</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Register</source>
        <translation>Реестр дел</translation>
    </message>
    <message>
        <source>About Kelisim</source>
        <translation>О программе Kelisim</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln дело</numerusform>
            <numerusform>%Ln дела</numerusform>
            <numerusform>%Ln дел</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a case in the list first</source>
        <translation>Сначала выберите дело в списке</translation>
    </message>
    <message>
        <source>Kelisim {version}

The case register of a mediation office: cases, parties, agreements and their terms, kept on this computer.</source>
        <translation>Kelisim {version}

Реестр дел кабинета медиации: дела, стороны, соглашения и обязательства по ним хранятся на этом компьютере.</translation>
    </message>
    <message>
        <source>Set up the office first: Office ▸ Office settings</source>
        <translation>Сначала настройте кабинет: Кабинет ▸ Настройки кабинета</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <source>Search: name, IIN/BIN, case number, subject</source>
        <translation>Поиск: имя или наименование, ИИН/БИН, номер дела, предмет спора</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Истекающие сроки</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Дело</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>&amp;Кабинет</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Type size</source>
        <translation>Размер &amp;шрифта</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Новое дело</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Открыть дело</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <source>&amp;Import a journal…</source>
        <translation>&amp;Импорт журнала…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Print a paper of the chosen case</source>
        <translation>Напечатать документ по выбранному делу</translation>
    </message>
    <message>
        <source>&amp;Blank forms…</source>
        <translation>Б&amp;ланки…</translation>
    </message>
    <message>
        <source>Office &amp;journal…</source>
        <translation>&amp;Журнал кабинета…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Find a case</source>
        <translation>&amp;Найти дело</translation>
    </message>
    <message>
        <source>Office &amp;settings…</source>
        <translation>&amp;Настройки кабинета…</translation>
    </message>
    <message>
        <source>&amp;Mediator register…</source>
        <translation>&amp;Реестр медиаторов…</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Реестр дел</translation>
    </message>
    <message>
        <source>&amp;Due soon</source>
        <translation>&amp;Истекающие сроки</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>Син&amp;хронизация</translation>
    </message>
    <message>
        <source>&amp;About Kelisim</source>
        <translation>&amp;О программе Kelisim</translation>
    </message>
    <message>
        <source>&amp;Normal</source>
        <translation>&amp;Обычный</translation>
    </message>
    <message>
        <source>&amp;Large</source>
        <translation>&amp;Крупный</translation>
    </message>
    <message>
        <source>&amp;Extra large</source>
        <translation>Оч&amp;ень крупный</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Панель инструментов</translation>
    </message>
    <message>
        <source>Kelisim — {office}</source>
        <translation>Kelisim — {office}</translation>
    </message>
    <message>
        <source>Register a new case</source>
        <translation>Зарегистрировать новое дело</translation>
    </message>
</context>
<context>
    <name>MediationPanel</name>
    <message>
        <source>A mediator no longer in the register</source>
        <translation>Медиатор, которого больше нет в реестре</translation>
    </message>
    <message>
        <source>{name} — {kind}</source>
        <translation>{name} — {kind}</translation>
    </message>
    <message numerus="yes">
        <source>Extend the time limit of case {number} by %n day(s), until {deadline}?
This is extension {n} of the {allowed} the rules allow; it cannot be undone.</source>
        <translation>
            <numerusform>Продлить срок по делу {number} на %n день, до {deadline}?
Это продление № {n} из {allowed}, разрешённых правилами; отменить его нельзя.</numerusform>
            <numerusform>Продлить срок по делу {number} на %n дня, до {deadline}?
Это продление № {n} из {allowed}, разрешённых правилами; отменить его нельзя.</numerusform>
            <numerusform>Продлить срок по делу {number} на %n дней, до {deadline}?
Это продление № {n} из {allowed}, разрешённых правилами; отменить его нельзя.</numerusform>
        </translation>
    </message>
    <message>
        <source>Extend the time limit</source>
        <translation>Продление срока</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Продлить</translation>
    </message>
    <message>
        <source>{n} of {allowed}</source>
        <translation>{n} из {allowed}</translation>
    </message>
    <message numerus="yes">
        <source>{date}: overdue by %n day(s)</source>
        <translation>
            <numerusform>{date}: просрочено на %n день</numerusform>
            <numerusform>{date}: просрочено на %n дня</numerusform>
            <numerusform>{date}: просрочено на %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>{date}: ends today</source>
        <translation>{date}: истекает сегодня</translation>
    </message>
    <message numerus="yes">
        <source>{date}: %n day(s) left</source>
        <translation>
            <numerusform>{date}: остался %n день</numerusform>
            <numerusform>{date}: осталось %n дня</numerusform>
            <numerusform>{date}: осталось %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody recorded</source>
        <translation>никто не отмечен</translation>
    </message>
    <message>
        <source>Session of {date}: {reason}</source>
        <translation>Встреча медиации {date}: {reason}</translation>
    </message>
    <message>
        <source>Mediators of this case</source>
        <translation>Медиаторы по этому делу</translation>
    </message>
    <message>
        <source>&amp;Add mediator</source>
        <translation>Доб&amp;авить медиатора</translation>
    </message>
    <message>
        <source>&amp;Remove the chosen mediator</source>
        <translation>У&amp;брать выбранного медиатора</translation>
    </message>
    <message>
        <source>No other active mediator in the register</source>
        <translation>В реестре нет других действующих медиаторов</translation>
    </message>
    <message>
        <source>Mediator to add</source>
        <translation>Медиатор для добавления</translation>
    </message>
    <message>
        <source>Agreement to mediate</source>
        <translation>Договор о медиации</translation>
    </message>
    <message>
        <source>The agreement to mediate has not been signed yet. The time limit starts when it is.</source>
        <translation>Договор о медиации ещё не подписан. Срок начнёт идти со дня его подписания.</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>Дата подписания:</translation>
    </message>
    <message>
        <source>Mediation must end by:</source>
        <translation>Медиация должна завершиться не позднее:</translation>
    </message>
    <message>
        <source>Time limit extended:</source>
        <translation>Срок продлевался:</translation>
    </message>
    <message>
        <source>&amp;Start mediation…</source>
        <translation>&amp;Начать медиацию…</translation>
    </message>
    <message>
        <source>&amp;Extend the time limit…</source>
        <translation>&amp;Продлить срок…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Встречи медиации</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Who attended</source>
        <translation>Кто присутствовал</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Record a &amp;session…</source>
        <translation>&amp;Записать встречу…</translation>
    </message>
</context>
<context>
    <name>MediatorRegister</name>
    <message>
        <source>To save, write the full name.</source>
        <translation>Чтобы сохранить, укажите ФИО.</translation>
    </message>
    <message>
        <source>To save, correct the IIN or leave it empty.</source>
        <translation>Чтобы сохранить, исправьте ИИН или оставьте поле пустым.</translation>
    </message>
    <message>
        <source>To save, correct what is marked.</source>
        <translation>Чтобы сохранить, исправьте отмеченное.</translation>
    </message>
    <message>
        <source>The changes are not saved yet.</source>
        <translation>Изменения ещё не сохранены.</translation>
    </message>
    <message>
        <source>✓ Saved.</source>
        <translation>✓ Сохранено.</translation>
    </message>
    <message>
        <source>Save or undo the changes first</source>
        <translation>Сначала сохраните или отмените изменения</translation>
    </message>
    <message>
        <source>New mediator</source>
        <translation>Новый медиатор</translation>
    </message>
    <message>
        <source>Mediator: {name}</source>
        <translation>Медиатор: {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n mediator(s) shown</source>
        <translation>
            <numerusform>Показан %n медиатор</numerusform>
            <numerusform>Показано %n медиатора</numerusform>
            <numerusform>Показано %n медиаторов</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>The mediator has changes that are not saved. Save them before closing?</source>
        <translation>В данных медиатора есть несохранённые изменения. Сохранить их перед закрытием?</translation>
    </message>
    <message>
        <source>Mediators of the office</source>
        <translation>Медиаторы кабинета</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <source>name, register number or IIN</source>
        <translation>ФИО, номер в реестре или ИИН</translation>
    </message>
    <message>
        <source>Show &amp;inactive too</source>
        <translation>Показать и &amp;неактивных</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>Фамилия, &amp;имя, отчество</translation>
    </message>
    <message>
        <source>II&amp;N (if known)</source>
        <translation>ИИН (если и&amp;звестен)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Register number</source>
        <translation>Номер в &amp;реестре</translation>
    </message>
    <message>
        <source>Languages the mediator works in</source>
        <translation>Языки, на которых работает медиатор</translation>
    </message>
    <message>
        <source>No &amp;longer mediates</source>
        <translation>&amp;Больше не ведёт медиацию</translation>
    </message>
    <message>
        <source>Mediators are never deleted: their cases keep their names. One who stops is only marked so.</source>
        <translation>Медиаторы никогда не удаляются: в их делах сохраняются их имена. Если медиатор перестал работать, это только отмечается.</translation>
    </message>
    <message>
        <source>Ne&amp;w mediator</source>
        <translation>Н&amp;овый медиатор</translation>
    </message>
    <message>
        <source>&amp;Add to the register</source>
        <translation>&amp;Добавить в реестр</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Сохранить изменения</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>Отменить из&amp;менения</translation>
    </message>
</context>
<context>
    <name>MediatorTableModel</name>
    <message>
        <source>Mediates</source>
        <translation>Ведёт медиацию</translation>
    </message>
    <message>
        <source>No longer mediates</source>
        <translation>Больше не ведёт медиацию</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>Номер в реестре</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>ObligationTableModel</name>
    <message>
        <source>{debtor} owes {creditor}</source>
        <translation>Кто должен: {debtor}; кому: {creditor}</translation>
    </message>
    <message>
        <source>{state} — {fulfilment}</source>
        <translation>{state} — {fulfilment}</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Who owes</source>
        <translation>Кто должен</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <source>Amount, tenge</source>
        <translation>Сумма, тенге</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок исполнения</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>OfficeExportDialog</name>
    <message>
        <source>Where to write the bundle</source>
        <translation>Куда записать пакет</translation>
    </message>
    <message>
        <source>No office is enrolled yet</source>
        <translation>Ещё ни один кабинет не зарегистрирован</translation>
    </message>
    <message>
        <source>Office {code} has sent no bundle yet: its key is not known, so nothing can be written for it. Import its first bundle, then export.</source>
        <translation>Кабинет {code} ещё не присылал пакетов: его ключ неизвестен, поэтому для него ничего нельзя записать. Сначала загрузите его первый пакет, затем выгружайте.</translation>
    </message>
    <message>
        <source>Choose the folder to write the bundle to</source>
        <translation>Выберите папку, в которую записать пакет</translation>
    </message>
    <message>
        <source>Cannot write to {folder}: {reason}</source>
        <translation>Не удаётся записать в {folder}: {reason}</translation>
    </message>
    <message>
        <source>Export for an office</source>
        <translation>Выгрузка для кабинета</translation>
    </message>
    <message>
        <source>A bundle for one office: the corrections made here to its cases, the rules data, and which of its bundles arrived, so that it sends only what the centre lacks.</source>
        <translation>Пакет для одного кабинета: исправления его дел, сделанные здесь, данные правил и сведения о том, какие его пакеты получены, чтобы он отправлял только то, чего нет в центре.</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>&amp;Кабинет</translation>
    </message>
    <message>
        <source>Fol&amp;der</source>
        <translation>&amp;Папка</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>&amp;Full: restore the office&apos;s register</source>
        <translation>П&amp;олный: восстановить реестр кабинета</translation>
    </message>
    <message>
        <source>Every record of the office, not only the changes: for an office enrolled again on a new or replaced PC.</source>
        <translation>Все записи кабинета, а не только изменения: для кабинета, повторно зарегистрированного на новом или заменённом компьютере.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>Вы&amp;грузить</translation>
    </message>
</context>
<context>
    <name>OfficeSettings</name>
    <message>
        <source>To save, fill in: {fields}</source>
        <translation>Чтобы сохранить, заполните: {fields}</translation>
    </message>
    <message>
        <source>To save, correct what is marked above.</source>
        <translation>Чтобы сохранить, исправьте то, что отмечено выше.</translation>
    </message>
    <message>
        <source>The office settings have changes that are not saved. Save them?</source>
        <translation>В настройках кабинета есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Welcome to Kelisim</source>
        <translation>Добро пожаловать в Kelisim</translation>
    </message>
    <message>
        <source>Set up your office: its code prefixes every case number, for example KRG01-2026-0001. You can change the other details later.</source>
        <translation>Настройте кабинет медиации: его код стоит в начале каждого номера дела, например KRG01-2026-0001. Остальные сведения можно изменить позже.</translation>
    </message>
    <message>
        <source>Office settings</source>
        <translation>Настройки кабинета</translation>
    </message>
    <message>
        <source>Who keeps this register of cases.</source>
        <translation>Кто ведёт этот реестр дел.</translation>
    </message>
    <message>
        <source>Office &amp;code</source>
        <translation>&amp;Код кабинета</translation>
    </message>
    <message>
        <source>Name in &amp;Kazakh</source>
        <translation>Наименование на ка&amp;захском</translation>
    </message>
    <message>
        <source>Name in &amp;Russian</source>
        <translation>Наименование на р&amp;усском</translation>
    </message>
    <message>
        <source>&amp;District</source>
        <translation>Ра&amp;йон</translation>
    </message>
    <message>
        <source>Re&amp;gion</source>
        <translation>&amp;Область</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Адрес</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <source>&amp;Head of the office</source>
        <translation>&amp;Руководитель кабинета</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Часовой пояс</translation>
    </message>
    <message>
        <source>The code stays as it is: cases are already numbered with it.</source>
        <translation>Код изменить нельзя: по нему уже пронумерованы дела.</translation>
    </message>
    <message>
        <source>2 to 12 Latin capital letters or digits, e.g. KRG01. It cannot be changed once a case is registered.</source>
        <translation>От 2 до 12 заглавных латинских букв или цифр, например KRG01. После регистрации первого дела код изменить нельзя.</translation>
    </message>
    <message>
        <source>Almaty, Astana</source>
        <translation>Алматы, Астана</translation>
    </message>
    <message>
        <source>Kostanay</source>
        <translation>Костанай</translation>
    </message>
    <message>
        <source>Aktobe</source>
        <translation>Актобе</translation>
    </message>
    <message>
        <source>Aktau</source>
        <translation>Актау</translation>
    </message>
    <message>
        <source>Atyrau</source>
        <translation>Атырау</translation>
    </message>
    <message>
        <source>Oral</source>
        <translation>Уральск</translation>
    </message>
    <message>
        <source>Kyzylorda</source>
        <translation>Кызылорда</translation>
    </message>
    <message>
        <source>Since March 2024 all of Kazakhstan keeps the same time (UTC+5); the deadlines count days by it.</source>
        <translation>С марта 2024 года во всём Казахстане одно время (UTC+5); дни сроков считаются по нему.</translation>
    </message>
    <message>
        <source>Time limits of mediation</source>
        <translation>Сроки медиации</translation>
    </message>
    <message numerus="yes">
        <source>Mediation ends within %n day(s) of the agreement to mediate.</source>
        <translation>
            <numerusform>Медиация завершается в течение %n дня со дня заключения договора о медиации.</numerusform>
            <numerusform>Медиация завершается в течение %n дней со дня заключения договора о медиации.</numerusform>
            <numerusform>Медиация завершается в течение %n дней со дня заключения договора о медиации.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An extension adds %n day(s).</source>
        <translation>
            <numerusform>Одно продление добавляет %n день.</numerusform>
            <numerusform>Одно продление добавляет %n дня.</numerusform>
            <numerusform>Одно продление добавляет %n дней.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n extension(s).</source>
        <translation>
            <numerusform>Не более %n продления.</numerusform>
            <numerusform>Не более %n продлений.</numerusform>
            <numerusform>Не более %n продлений.</numerusform>
        </translation>
    </message>
    <message>
        <source>These limits are set by the regional mediation centre and arrive with its reference data; they cannot be changed here.</source>
        <translation>Эти сроки устанавливает региональный центр медиации, они приходят вместе с его справочными данными; здесь их изменить нельзя.</translation>
    </message>
    <message>
        <source>Until the office is set up, no case can be registered. You can set it up later in the office settings.</source>
        <translation>Пока кабинет не настроен, дела регистрировать нельзя. Настроить его можно позже в настройках кабинета.</translation>
    </message>
    <message>
        <source>Set up &amp;later</source>
        <translation>Настроить &amp;позже</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <source>Choose a term in the table first</source>
        <translation>Сначала выберите обязательство в таблице</translation>
    </message>
    <message>
        <source>{date}: {state}</source>
        <translation>{date}: {state}</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>The case is open. When mediation ends, close the case with its outcome; for a settlement, write down the terms the parties agreed.</source>
        <translation>Дело открыто. Когда медиация завершится, закройте дело, указав результат; если спор урегулирован, запишите обязательства, о которых договорились стороны.</translation>
    </message>
    <message>
        <source>&amp;Close the case…</source>
        <translation>&amp;Закрыть дело…</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Результат:</translation>
    </message>
    <message>
        <source>Closed on:</source>
        <translation>Дата закрытия:</translation>
    </message>
    <message>
        <source>Agreed terms and their fulfilment</source>
        <translation>Обязательства и их исполнение</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <source>Amount, tenge</source>
        <translation>Сумма, тенге</translation>
    </message>
    <message>
        <source>Who owes → to whom</source>
        <translation>Кто должен → кому</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>Исполнение</translation>
    </message>
    <message>
        <source>Record &amp;fulfilment…</source>
        <translation>Отметить &amp;исполнение…</translation>
    </message>
</context>
<context>
    <name>PaperDialog</name>
    <message>
        <source>&amp;Language of the paper</source>
        <translation>&amp;Язык документа</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Пред&amp;просмотр…</translation>
    </message>
</context>
<context>
    <name>PartyCard</name>
    <message>
        <source>Party {number}</source>
        <translation>Сторона {number}</translation>
    </message>
    <message>
        <source>&amp;Role in the dispute</source>
        <translation>Роль в сп&amp;оре</translation>
    </message>
    <message>
        <source>&amp;Individual or legal entity</source>
        <translation>&amp;Вид лица: физическое или юридическое</translation>
    </message>
    <message>
        <source>&amp;Name of the legal entity</source>
        <translation>&amp;Наименование юридического лица</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>Фамилия, &amp;имя, отчество</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>&amp;Адрес</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <source>Represent&amp;ative (full name)</source>
        <translation>Пр&amp;едставитель (ФИО)</translation>
    </message>
    <message>
        <source>&amp;Basis of representation (charter, power of attorney)</source>
        <translation>Основание &amp;представительства (устав, доверенность)</translation>
    </message>
    <message>
        <source>Remove this part&amp;y...</source>
        <translation>&amp;Убрать эту сторону...</translation>
    </message>
</context>
<context>
    <name>PartyPanel</name>
    <message>
        <source>Remove a party</source>
        <translation>Удаление стороны</translation>
    </message>
    <message>
        <source>Remove {party} from this case? What was typed for it will be lost.</source>
        <translation>Убрать из дела: {party}? Всё, что было введено для этой стороны, будет потеряно.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>A dispute needs an applicant and at least one other party.</source>
        <translation>В споре должны быть заявитель и хотя бы одна другая сторона.</translation>
    </message>
    <message>
        <source>Add an indi&amp;vidual</source>
        <translation>Добавить &amp;физическое лицо</translation>
    </message>
    <message>
        <source>Add a le&amp;gal entity</source>
        <translation>Добавить &amp;юридическое лицо</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Страница {page} из {count}</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is switched on and connected, or save the document as a PDF.</source>
        <translation>Не удалось запустить принтер. Проверьте, что он включён и подключён, или сохраните документ как PDF.</translation>
    </message>
    <message>
        <source>Save the document as PDF</source>
        <translation>Сохранить документ как PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} уже существует. Заменить его?</translation>
    </message>
    <message>
        <source>The document was not saved: {reason}</source>
        <translation>Документ не сохранён: {reason}</translation>
    </message>
    <message>
        <source>Preview — {title}</source>
        <translation>Предпросмотр — {title}</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>По &amp;ширине</translation>
    </message>
    <message>
        <source>W&amp;hole page</source>
        <translation>Страница &amp;целиком</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Сохранить PDF…</translation>
    </message>
</context>
<context>
    <name>PeerTableModel</name>
    <message>
        <source>not known yet</source>
        <translation>пока неизвестен</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <source>Enrolled again with a new key ({epoch} times in all): bundles made with an earlier key are refused</source>
        <translation>Повторно зарегистрирован с новым ключом (всего {epoch} раз): пакеты, сделанные прежним ключом, отклоняются</translation>
    </message>
    <message>
        <source>The office&apos;s key arrives with its first bundle</source>
        <translation>Ключ кабинета придёт с его первым пакетом</translation>
    </message>
    <message>
        <source>A bundle number came again with other content: a copy was altered, or another PC sends under this office&apos;s key. Keep both files and call the office.</source>
        <translation>Номер пакета пришёл повторно с другим содержимым: копия изменена, или другой компьютер отправляет под ключом этого кабинета. Сохраните оба файла и позвоните в кабинет.</translation>
    </message>
    <message>
        <source>Bundles of this enrolment applied here</source>
        <translation>Пакеты этой регистрации, применённые здесь</translation>
    </message>
    <message>
        <source>Bundles kept until the ones before them arrive</source>
        <translation>Пакеты, отложенные до получения предшествующих</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Отпечаток ключа</translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation>Последний пакет</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Применено</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Отложено</translation>
    </message>
    <message>
        <source>Gaps and warnings</source>
        <translation>Пропуски и предупреждения</translation>
    </message>
</context>
<context>
    <name>PrintedDocuments</name>
    <message>
        <source>Printed documents</source>
        <translation>Напечатанные документы</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Printed at</source>
        <translation>Когда напечатан</translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation>Хеш содержания</translation>
    </message>
</context>
<context>
    <name>RegistrationPanel</name>
    <message>
        <source>Registration &amp;date</source>
        <translation>Д&amp;ата регистрации</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Категория</translation>
    </message>
    <message>
        <source>&amp;Referred by</source>
        <translation>Кем &amp;направлено</translation>
    </message>
    <message>
        <source>Sta&amp;ge</source>
        <translation>Стади&amp;я</translation>
    </message>
    <message>
        <source>S&amp;ubject of the dispute</source>
        <translation>&amp;Предмет спора</translation>
    </message>
    <message>
        <source>Claim amou&amp;nt, tenge (if any)</source>
        <translation>Сумма иска, &amp;тенге (если есть)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Приме&amp;чания</translation>
    </message>
    <message>
        <source>Choose a category</source>
        <translation>Выберите категорию</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Bundles imported</source>
        <translation>Загруженные пакеты</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Record a session — case {number}</source>
        <translation>Запись встречи медиации — дело {number}</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Место</translation>
    </message>
    <message>
        <source>Who attended</source>
        <translation>Кто присутствовал</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>&amp;Notes: what was discussed or agreed</source>
        <translation>&amp;Примечания: что обсудили, о чём договорились</translation>
    </message>
    <message>
        <source>Record the session</source>
        <translation>Записать встречу</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>This register takes part in no sync yet. An office joins its regional mediation centre with the setup file the centre gives it; the centre&apos;s own register is made once, in a data folder of its own.</source>
        <translation>Этот реестр пока не участвует в синхронизации. Кабинет подключается к своему региональному центру медиации с файлом настройки, который выдаёт центр; собственный реестр центра создаётся один раз, в отдельной папке данных.</translation>
    </message>
    <message>
        <source>This register is the regional mediation centre: «{name}» ({code}).</source>
        <translation>Этот реестр — региональный центр медиации: «{name}» ({code}).</translation>
    </message>
    <message>
        <source>This register is the office {code} «{name}», joined to the regional mediation centre «{centre}» ({centre_code}).</source>
        <translation>Этот реестр — кабинет {code} «{name}», подключённый к региональному центру медиации «{centre}» ({centre_code}).</translation>
    </message>
    <message>
        <source>Read the fingerprints to each other by phone when an office joins: if they differ, the setup file was not the centre&apos;s.</source>
        <translation>Когда кабинет подключается, зачитайте друг другу отпечатки по телефону: если они не совпадают, файл настройки был не от центра.</translation>
    </message>
    <message>
        <source>This register belongs to an office, so it cannot become the centre: the centre needs a data folder of its own.</source>
        <translation>Этот реестр принадлежит кабинету, поэтому он не может стать центром: центру нужна отдельная папка данных.</translation>
    </message>
    <message>
        <source>Choose the folder or the USB stick to write the bundle to; the last one is offered first ({folder}).</source>
        <translation>Выберите папку или флешку, куда записать пакет; сначала предлагается последняя использованная ({folder}).</translation>
    </message>
    <message>
        <source>Choose the folder or the USB stick to write the bundle to.</source>
        <translation>Выберите папку или флешку, куда записать пакет.</translation>
    </message>
    <message>
        <source>Last bundle from the centre applied {when}; bundles applied: {count}.</source>
        <translation>Последний пакет от центра применён {when}; применено пакетов: {count}.</translation>
    </message>
    <message>
        <source>No bundle from the centre has been imported yet.</source>
        <translation>Пакетов от центра ещё не загружалось.</translation>
    </message>
    <message numerus="yes">
        <source>%n office(s)</source>
        <translation>
            <numerusform>%n кабинет</numerusform>
            <numerusform>%n кабинета</numerusform>
            <numerusform>%n кабинетов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were changed both here and at the other side since they last exchanged bundles. Nothing was overwritten: choose, field by field, what to keep.</source>
        <translation>
            <numerusform>%n запись изменена и здесь, и у другой стороны после последнего обмена пакетами. Ничего не перезаписано: выберите по каждому полю, что оставить.</numerusform>
            <numerusform>%n записи изменены и здесь, и у другой стороны после последнего обмена пакетами. Ничего не перезаписано: выберите по каждому полю, что оставить.</numerusform>
            <numerusform>%n записей изменены и здесь, и у другой стороны после последнего обмена пакетами. Ничего не перезаписано: выберите по каждому полю, что оставить.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts: no record was changed here and at the other side at once.</source>
        <translation>Конфликтов нет: ни одна запись не изменялась одновременно здесь и у другой стороны.</translation>
    </message>
    <message>
        <source>the regional centre</source>
        <translation>регионального центра медиации</translation>
    </message>
    <message>
        <source>{what}: changed here and at {peer}</source>
        <translation>{what}: изменено здесь и у {peer}</translation>
    </message>
    <message>
        <source>No field differs; Resolve keeps this register&apos;s version.</source>
        <translation>Ни одно поле не отличается; «Разрешить» оставит версию этого реестра.</translation>
    </message>
    <message>
        <source>here</source>
        <translation>здесь</translation>
    </message>
    <message>
        <source>at the other side</source>
        <translation>у другой стороны</translation>
    </message>
    <message>
        <source>The record is deleted on one side only:</source>
        <translation>Запись удалена только у одной стороны:</translation>
    </message>
    <message>
        <source>&amp;Keep the record (as {where})</source>
        <translation>Ос&amp;тавить запись (как {where})</translation>
    </message>
    <message>
        <source>&amp;Delete the record (as {where})</source>
        <translation>&amp;Удалить запись (как {where})</translation>
    </message>
    <message>
        <source>Choose the setup file from the regional centre</source>
        <translation>Выберите файл настройки от регионального центра</translation>
    </message>
    <message>
        <source>Setup files (*.json);;All files (*)</source>
        <translation>Файлы настройки (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Joined the regional centre</source>
        <translation>Подключение к региональному центру</translation>
    </message>
    <message>
        <source>Office {code} is enrolled. Hand it the setup file in person:</source>
        <translation>Кабинет {code} зарегистрирован. Передайте ему файл настройки лично:</translation>
    </message>
    <message>
        <source>Enrolment {epoch}: the office&apos;s previous key is no longer accepted.</source>
        <translation>Регистрация {epoch}: прежний ключ кабинета больше не принимается.</translation>
    </message>
    <message>
        <source>When it joins, read each other the fingerprints by phone; this centre&apos;s is {fingerprint}.</source>
        <translation>Когда он подключится, зачитайте друг другу отпечатки по телефону; отпечаток этого центра: {fingerprint}.</translation>
    </message>
    <message>
        <source>Where to write the bundle for the regional centre</source>
        <translation>Куда записать пакет для регионального центра</translation>
    </message>
    <message>
        <source>Cannot write to {folder}: {reason}</source>
        <translation>Не удаётся записать в {folder}: {reason}</translation>
    </message>
    <message>
        <source>Choose the bundle from the regional centre</source>
        <translation>Выберите пакет от регионального центра</translation>
    </message>
    <message>
        <source>Choose the bundles to import</source>
        <translation>Выберите пакеты для загрузки</translation>
    </message>
    <message>
        <source>Sync bundles ({pattern});;All files (*)</source>
        <translation>Пакеты синхронизации ({pattern});;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose the folder of bundles (a USB stick)</source>
        <translation>Выберите папку с пакетами (флешку)</translation>
    </message>
    <message>
        <source>This register takes part in no sync yet, so it cannot import bundles: join a regional centre first (Sync page).</source>
        <translation>Этот реестр пока не участвует в синхронизации и не может загружать пакеты: сначала подключитесь к региональному центру (страница «Синхронизация»).</translation>
    </message>
    <message>
        <source>Importing bundles</source>
        <translation>Загрузка пакетов</translation>
    </message>
    <message>
        <source>Looking for bundles…</source>
        <translation>Поиск пакетов…</translation>
    </message>
    <message>
        <source>Checking and applying bundle {done} of {total}…</source>
        <translation>Проверка и применение пакета {done} из {total}…</translation>
    </message>
    <message numerus="yes">
        <source>Conflict resolved: %n field(s) taken from the other side. The decision goes to the other side with the next bundle.</source>
        <translation>
            <numerusform>Конфликт разрешён: у другой стороны взято %n поле. Решение уйдёт к ней со следующим пакетом.</numerusform>
            <numerusform>Конфликт разрешён: у другой стороны взято %n поля. Решение уйдёт к ней со следующим пакетом.</numerusform>
            <numerusform>Конфликт разрешён: у другой стороны взято %n полей. Решение уйдёт к ней со следующим пакетом.</numerusform>
        </translation>
    </message>
    <message>
        <source>This register</source>
        <translation>Этот реестр</translation>
    </message>
    <message>
        <source>Key fingerprint of this register:</source>
        <translation>Отпечаток ключа этого реестра:</translation>
    </message>
    <message>
        <source>Key fingerprint of the centre:</source>
        <translation>Отпечаток ключа центра:</translation>
    </message>
    <message>
        <source>&amp;Join a regional centre…</source>
        <translation>&amp;Подключиться к региональному центру…</translation>
    </message>
    <message>
        <source>&amp;Make this the regional centre…</source>
        <translation>Сделать этот реестр региональным &amp;центром…</translation>
    </message>
    <message>
        <source>Find an offic&amp;e:</source>
        <translation>&amp;Найти кабинет:</translation>
    </message>
    <message>
        <source>O&amp;pen the case</source>
        <translation>&amp;Открыть дело</translation>
    </message>
    <message>
        <source>Bundles to and from the regional centre</source>
        <translation>Пакеты для регионального центра и от него</translation>
    </message>
    <message>
        <source>This register is now the office {code}, joined to the regional mediation centre «{centre}».

Call the centre and read each other the fingerprints:
this office: {mine}
the centre: {theirs}

Then export the first bundle for the centre. The setup file is used once: delete it from the USB stick.</source>
        <translation>Теперь этот реестр — кабинет {code}, подключённый к региональному центру медиации «{centre}».

Позвоните в центр и зачитайте друг другу отпечатки:
этот кабинет: {mine}
центр: {theirs}

Затем выгрузите первый пакет для центра. Файл настройки используется один раз: удалите его с флешки.</translation>
    </message>
    <message>
        <source>&amp;Export for the regional centre</source>
        <translation>Вы&amp;грузить для регионального центра</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>Открыть &amp;папку</translation>
    </message>
    <message>
        <source>&amp;Import a bundle from the centre…</source>
        <translation>&amp;Загрузить пакет от центра…</translation>
    </message>
    <message>
        <source>Offices of the region</source>
        <translation>Кабинеты региона</translation>
    </message>
    <message>
        <source>&amp;Import a folder of bundles…</source>
        <translation>&amp;Загрузить папку с пакетами…</translation>
    </message>
    <message>
        <source>Import bundle &amp;files…</source>
        <translation>Загрузить &amp;файлы пакетов…</translation>
    </message>
    <message>
        <source>E&amp;nrol an office…</source>
        <translation>Зарегистрировать ка&amp;бинет…</translation>
    </message>
    <message>
        <source>E&amp;xport for an office…</source>
        <translation>Вы&amp;грузить для кабинета…</translation>
    </message>
    <message>
        <source>code or name</source>
        <translation>код или наименование</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>&amp;Take all from the other side</source>
        <translation>Вз&amp;ять всё у другой стороны</translation>
    </message>
    <message>
        <source>Keep &amp;all of this register</source>
        <translation>Ост&amp;авить всё как в этом реестре</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Разрешить</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n дело</numerusform>
            <numerusform>%n дела</numerusform>
            <numerusform>%n дел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n party(-ies)</source>
        <translation>
            <numerusform>%n сторона</numerusform>
            <numerusform>%n стороны</numerusform>
            <numerusform>%n сторон</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mediator(s)</source>
        <translation>
            <numerusform>%n медиатор</numerusform>
            <numerusform>%n медиатора</numerusform>
            <numerusform>%n медиаторов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mediator(s) assigned to cases</source>
        <translation>
            <numerusform>%n назначение медиатора по делам</numerusform>
            <numerusform>%n назначения медиаторов по делам</numerusform>
            <numerusform>%n назначений медиаторов по делам</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mediation session(s)</source>
        <translation>
            <numerusform>%n встреча медиации</numerusform>
            <numerusform>%n встречи медиации</numerusform>
            <numerusform>%n встреч медиации</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreed term(s)</source>
        <translation>
            <numerusform>%n обязательство</numerusform>
            <numerusform>%n обязательства</numerusform>
            <numerusform>%n обязательств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n printed document(s)</source>
        <translation>
            <numerusform>%n напечатанный документ</numerusform>
            <numerusform>%n напечатанных документа</numerusform>
            <numerusform>%n напечатанных документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n office record(s)</source>
        <translation>
            <numerusform>%n запись о кабинете</numerusform>
            <numerusform>%n записи о кабинетах</numerusform>
            <numerusform>%n записей о кабинетах</numerusform>
        </translation>
    </message>
    <message>
        <source>Case {number}</source>
        <translation>Дело {number}</translation>
    </message>
    <message>
        <source>{record} (case {number})</source>
        <translation>{record} (дело {number})</translation>
    </message>
    <message numerus="yes">
        <source>Missing: %n bundle(s), number {numbers}</source>
        <translation>
            <numerusform>Не хватает %n пакета: № {numbers}</numerusform>
            <numerusform>Не хватает %n пакетов: № {numbers}</numerusform>
            <numerusform>Не хватает %n пакетов: № {numbers}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Came again with other content: %n bundle(s), number {numbers}</source>
        <translation>
            <numerusform>Пришёл повторно с другим содержимым: %n пакет, № {numbers}</numerusform>
            <numerusform>Пришли повторно с другим содержимым: %n пакета, № {numbers}</numerusform>
            <numerusform>Пришли повторно с другим содержимым: %n пакетов, № {numbers}</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle {sequence} for {whom} is written and checked:</source>
        <translation>Пакет {sequence} для {whom} записан и проверен:</translation>
    </message>
    <message>
        <source>A full bundle: every record, not only the changes.</source>
        <translation>Полный пакет: все записи, а не только изменения.</translation>
    </message>
    <message>
        <source>It holds {what}.</source>
        <translation>В нём: {what}.</translation>
    </message>
    <message>
        <source>No record changed since the last bundle; this one tells the other side what this register has received.</source>
        <translation>С последнего пакета ни одна запись не изменилась; этот пакет сообщает другой стороне, что получил этот реестр.</translation>
    </message>
    <message>
        <source>No bundle files (*.kelisim) were found there.</source>
        <translation>Там не найдено ни одного файла пакета (*.kelisim).</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n конфликт ждёт решения</numerusform>
            <numerusform>%n конфликта ждут решения</numerusform>
            <numerusform>%n конфликтов ждут решения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файла</numerusform>
            <numerusform>%n файлов</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle {sequence} from {origin}</source>
        <translation>Пакет {sequence} от {origin}</translation>
    </message>
    <message>
        <source>Records: {outcomes}</source>
        <translation>Записи: {outcomes}</translation>
    </message>
    <message>
        <source>Conflict: {what}; choose what to keep under Conflicts on the Sync page</source>
        <translation>Конфликт: {what}; выберите, что оставить, в разделе «Конфликты» на странице «Синхронизация»</translation>
    </message>
    <message>
        <source>Record refused: {what} {id}: {reason}</source>
        <translation>Запись отклонена: {what} {id}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more refused</source>
        <translation>
            <numerusform>… и ещё %n отклонена</numerusform>
            <numerusform>… и ещё %n отклонены</numerusform>
            <numerusform>… и ещё %n отклонены</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TermForm</name>
    <message>
        <source>Agreed term {n}</source>
        <translation>Обязательство {n}</translation>
    </message>
    <message>
        <source>Who &amp;owes</source>
        <translation>&amp;Кто должен</translation>
    </message>
    <message>
        <source>To &amp;whom</source>
        <translation>К&amp;ому</translation>
    </message>
    <message>
        <source>W&amp;hat is owed</source>
        <translation>&amp;Содержание обязательства</translation>
    </message>
    <message>
        <source>Amount in tenge (if any)</source>
        <translation>Сумма в тенге (если есть)</translation>
    </message>
    <message>
        <source>Due &amp;by</source>
        <translation>Срок &amp;исполнения</translation>
    </message>
    <message>
        <source>Remove this term</source>
        <translation>Убрать это обязательство</translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation>Никому конкретно</translation>
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
            <numerusform>Срок {date}: просрочено на %n день</numerusform>
            <numerusform>Срок {date}: просрочено на %n дня</numerusform>
            <numerusform>Срок {date}: просрочено на %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline {date}: due today</source>
        <translation>Срок {date}: истекает сегодня</translation>
    </message>
    <message numerus="yes">
        <source>Deadline {date}: due in %n day(s)</source>
        <translation>
            <numerusform>Срок {date}: остался %n день</numerusform>
            <numerusform>Срок {date}: осталось %n дня</numerusform>
            <numerusform>Срок {date}: осталось %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline {date}</source>
        <translation>Срок {date}</translation>
    </message>
</context>
</TS>
