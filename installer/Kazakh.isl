; *** Inno Setup 6 Kazakh messages, for Kelisim ***
;
; Inno Setup ships no Kazakh translation. This file holds the messages a user sees when
; installing and removing Kelisim; kelisim.iss loads it after Default.isl
; (MessagesFile: "compiler:Default.isl,Kazakh.isl"), so a message missing here (rare errors)
; is shown in English rather than failing the build. UTF-8 with a byte order mark.
; Placeholders (%1, %2, [name], [name/ver], [mb]) and %n (a new line) as in Default.isl.

[LangOptions]
; Қазақша
LanguageName=<049A><0430><0437><0430><049B><0448><0430>
LanguageID=$043F
LanguageCodePage=0

[Messages]

; *** Application titles
SetupAppTitle=Орнату
SetupWindowTitle=Орнату — %1
UninstallAppTitle=Жою
UninstallAppFullTitle=%1 бағдарламасын жою

; *** Misc. common
InformationTitle=Ақпарат
ConfirmTitle=Растау
ErrorTitle=Қате

; *** SetupLdr messages
SetupLdrStartupMessage=%1 бағдарламасы орнатылады. Жалғастырасыз ба?
LdrCannotCreateTemp=Уақытша файл жасалмады. Орнату тоқтатылды
LdrCannotExecTemp=Уақытша қалтадағы файл іске қосылмады. Орнату тоқтатылды

; *** Startup error messages
LastErrorMessage=%1.%n%nҚате %2: %3
SetupFileMissing=Орнату қалтасында %1 файлы жоқ. Мәселені түзетіңіз немесе бағдарламаның жаңа көшірмесін алыңыз.
SetupFileCorrupt=Орнату файлдары бүлінген. Бағдарламаның жаңа көшірмесін алыңыз.
SetupFileCorruptOrWrongVer=Орнату файлдары бүлінген немесе орнату бағдарламасының бұл нұсқасымен үйлеспейді. Мәселені түзетіңіз немесе бағдарламаның жаңа көшірмесін алыңыз.
InvalidParameter=Пәрмен жолында жарамсыз параметр берілді:%n%n%1
SetupAlreadyRunning=Орнату бағдарламасы іске қосылып тұр.
WindowsVersionNotSupported=Бұл бағдарлама компьютеріңіздегі Windows нұсқасында жұмыс істемейді.
OnlyOnTheseArchitectures=Бұл бағдарламаны тек мына процессор архитектураларына арналған Windows нұсқаларына орнатуға болады:%n%n%1
WinVersionTooLowError=Бұл бағдарламаға %1 %2 немесе одан жаңа нұсқасы қажет.
WinVersionTooHighError=Бұл бағдарламаны %1 %2 немесе одан жаңа нұсқасына орнату мүмкін емес.
SetupAppRunningError=%1 бағдарламасы қазір іске қосулы.%n%nОның барлық терезелерін жабыңыз да, жалғастыру үшін «OK», шығу үшін «Болдырмау» батырмасын басыңыз.
UninstallAppRunningError=%1 бағдарламасы қазір іске қосулы.%n%nОның барлық терезелерін жабыңыз да, жалғастыру үшін «OK», шығу үшін «Болдырмау» батырмасын басыңыз.

; *** Misc. errors
ErrorCreatingDir=Орнату бағдарламасы "%1" қалтасын жасай алмады
ErrorTooManyFilesInDir="%1" қалтасында файл тым көп болғандықтан, онда файл жасау мүмкін болмады

; *** Setup common messages
ExitSetupTitle=Орнатудан шығу
ExitSetupMessage=Орнату аяқталмады. Қазір шықсаңыз, бағдарлама орнатылмайды.%n%nОрнатуды кейін қайта іске қосып, аяқтауға болады.%n%nОрнатудан шығасыз ба?
AboutSetupMenuItem=&Орнату бағдарламасы туралы...
AboutSetupTitle=Орнату бағдарламасы туралы
AboutSetupMessage=%1, %2 нұсқасы%n%3%n%n%1 сайты:%n%4

; *** Buttons
ButtonBack=< &Артқа
ButtonNext=&Келесі >
ButtonInstall=&Орнату
ButtonOK=OK
ButtonCancel=Болдырмау
ButtonYes=&Иә
ButtonYesToAll=&Барлығына иә
ButtonNo=&Жоқ
ButtonNoToAll=Барлығына ж&оқ
ButtonFinish=&Аяқтау
ButtonBrowse=&Шолу...
ButtonWizardBrowse=Ш&олу...
ButtonNewFolder=&Жаңа қалта жасау

; *** "Select Language" dialog messages
SelectLanguageTitle=Орнату тілін таңдау
SelectLanguageLabel=Орнату кезінде қолданылатын тілді таңдаңыз:

; *** Common wizard text
ClickNext=Жалғастыру үшін «Келесі», орнатудан шығу үшін «Болдырмау» батырмасын басыңыз.
BrowseDialogTitle=Қалтаны таңдау
BrowseDialogLabel=Төмендегі тізімнен қалтаны таңдап, «OK» батырмасын басыңыз.
NewFolderName=Жаңа қалта

; *** "Welcome" wizard page
WelcomeLabel1=[name] орнату шеберіне қош келдіңіз
WelcomeLabel2=Компьютеріңізге [name/ver] орнатылады.%n%nЖалғастырмас бұрын басқа бағдарламалардың бәрін жабу ұсынылады.

; *** "Select Destination Location" wizard page
WizardSelectDir=Орнату қалтасын таңдау
SelectDirDesc=[name] бағдарламасы қайда орнатылсын?
SelectDirLabel3=[name] бағдарламасы мына қалтаға орнатылады.
SelectDirBrowseLabel=Жалғастыру үшін «Келесі» батырмасын басыңыз. Басқа қалтаны таңдау үшін «Шолу» батырмасын басыңыз.
DiskSpaceMBLabel=Дискіде кемінде [mb] МБ бос орын қажет.
CannotInstallToNetworkDrive=Желілік дискіге орнату мүмкін емес.
CannotInstallToUNCPath=UNC жолына орнату мүмкін емес.
InvalidPath=Диск әрпі бар толық жолды енгізіңіз, мысалы:%n%nC:\APP%n%nнемесе UNC жолын мына түрде:%n%n\\server\share
InvalidDrive=Таңдалған диск немесе UNC ортақ ресурсы жоқ немесе қолжетімсіз. Басқасын таңдаңыз.
DiskSpaceWarningTitle=Дискіде орын жетпейді
DiskSpaceWarning=Орнатуға кемінде %1 КБ бос орын қажет, ал таңдалған дискіде тек %2 КБ бар.%n%nСонда да жалғастырасыз ба?
DirNameTooLong=Қалтаның аты немесе жолы тым ұзын.
InvalidDirName=Қалтаның аты жарамсыз.
BadDirName32=Қалта атында мына таңбалар болмауы керек:%n%n%1
DirExistsTitle=Қалта бар
DirExists=Мына қалта:%n%n%1%n%nбұрыннан бар. Сонда да осы қалтаға орнатасыз ба?
DirDoesntExistTitle=Қалта жоқ
DirDoesntExist=Мына қалта:%n%n%1%n%nжоқ. Қалта жасалсын ба?

; *** "Select Additional Tasks" wizard page
WizardSelectTasks=Қосымша тапсырмаларды таңдау
SelectTasksDesc=Қандай қосымша тапсырмалар орындалсын?
SelectTasksLabel2=[name] бағдарламасын орнату кезінде орындалатын қосымша тапсырмаларды таңдап, «Келесі» батырмасын басыңыз.

; *** "Select Start Menu Folder" wizard page
WizardSelectProgramGroup=«Бастау» мәзіріндегі қалтаны таңдау
SelectStartMenuFolderDesc=Бағдарламаның таңбашалары қайда орналассын?
SelectStartMenuFolderLabel3=Бағдарламаның таңбашалары «Бастау» мәзірінің мына қалтасында жасалады.
SelectStartMenuFolderBrowseLabel=Жалғастыру үшін «Келесі» батырмасын басыңыз. Басқа қалтаны таңдау үшін «Шолу» батырмасын басыңыз.
MustEnterGroupName=Қалтаның атын енгізіңіз.
GroupNameTooLong=Қалтаның аты немесе жолы тым ұзын.
InvalidGroupName=Қалтаның аты жарамсыз.
BadGroupName=Қалта атында мына таңбалар болмауы керек:%n%n%1
NoProgramGroupCheck2=«Бастау» мәзірінде қалта &жасамау

; *** "Ready to Install" wizard page
WizardReady=Орнатуға дайын
ReadyLabel1=[name] бағдарламасын компьютеріңізге орнатуға бәрі дайын.
ReadyLabel2a=Орнатуды бастау үшін «Орнату» батырмасын, баптауларды қарау немесе өзгерту үшін «Артқа» батырмасын басыңыз.
ReadyLabel2b=Орнатуды бастау үшін «Орнату» батырмасын басыңыз.
ReadyMemoDir=Орнату қалтасы:
ReadyMemoGroup=«Бастау» мәзіріндегі қалта:
ReadyMemoTasks=Қосымша тапсырмалар:

; *** "Preparing to Install" wizard page
WizardPreparing=Орнатуға дайындық
PreparingDesc=[name] бағдарламасын компьютеріңізге орнатуға дайындық жүріп жатыр.
PreviousInstallNotCompleted=Алдыңғы бағдарламаны орнату немесе жою аяқталмаған. Оны аяқтау үшін компьютерді қайта іске қосу керек.%n%nКомпьютерді қайта іске қосқаннан кейін [name] бағдарламасын орнатуды аяқтау үшін орнатуды қайта іске қосыңыз.
CannotContinue=Орнатуды жалғастыру мүмкін емес. Шығу үшін «Болдырмау» батырмасын басыңыз.
ApplicationsFound=Мына бағдарламалар орнату кезінде жаңартылатын файлдарды пайдаланып отыр. Орнату бағдарламасына оларды автоматты түрде жабуға рұқсат беру ұсынылады.
ApplicationsFound2=Мына бағдарламалар орнату кезінде жаңартылатын файлдарды пайдаланып отыр. Орнату бағдарламасына оларды автоматты түрде жабуға рұқсат беру ұсынылады. Орнату аяқталғаннан кейін орнату бағдарламасы оларды қайта іске қосуға тырысады.
CloseApplications=Бағдарламаларды &автоматты түрде жабу
DontCloseApplications=Бағдарламаларды &жаппау
ErrorCloseApplications=Орнату бағдарламасы барлық бағдарламаларды автоматты түрде жаба алмады. Жалғастырмас бұрын орнату кезінде жаңартылатын файлдарды пайдаланып отырған бағдарламалардың бәрін жабу ұсынылады.

; *** "Installing" wizard page
WizardInstalling=Орнатылуда
InstallingLabel=[name] бағдарламасы компьютеріңізге орнатылып жатыр, күте тұрыңыз.

; *** "Setup Completed" wizard page
FinishedHeadingLabel=[name] орнату шебері жұмысын аяқтады
FinishedLabelNoIcons=[name] бағдарламасы компьютеріңізге орнатылды.
FinishedLabel=[name] бағдарламасы компьютеріңізге орнатылды. Оны орнатылған таңбашалар арқылы іске қосуға болады.
ClickFinish=Орнатудан шығу үшін «Аяқтау» батырмасын басыңыз.
FinishedRestartLabel=[name] бағдарламасын орнатуды аяқтау үшін компьютерді қайта іске қосу керек. Қазір қайта іске қосасыз ба?
FinishedRestartMessage=[name] бағдарламасын орнатуды аяқтау үшін компьютерді қайта іске қосу керек.%n%nҚазір қайта іске қосасыз ба?
YesRadio=&Иә, компьютерді қазір қайта іске қосу
NoRadio=&Жоқ, компьютерді кейін қайта іске қосамын
RunEntryExec=%1 бағдарламасын іске қосу
RunEntryShellExec=%1 файлын қарау

; *** Installation phase messages
SetupAborted=Орнату аяқталмады.%n%nМәселені түзетіп, орнатуды қайта іске қосыңыз.
AbortRetryIgnoreSelectAction=Әрекетті таңдаңыз
AbortRetryIgnoreRetry=&Қайталау
AbortRetryIgnoreIgnore=Қатені &елемей жалғастыру
AbortRetryIgnoreCancel=Орнатуды болдырмау

; *** Installation status messages
StatusClosingApplications=Бағдарламалар жабылуда...
StatusCreateDirs=Қалталар жасалуда...
StatusExtractFiles=Файлдар шығарылуда...
StatusCreateIcons=Таңбашалар жасалуда...
StatusCreateIniEntries=INI жазбалары жасалуда...
StatusCreateRegistryEntries=Тізілім жазбалары жасалуда...
StatusRegisterFiles=Файлдар тіркелуде...
StatusSavingUninstall=Жою туралы мәліметтер сақталуда...
StatusRunProgram=Орнату аяқталуда...
StatusRestartingApplications=Бағдарламалар қайта іске қосылуда...
StatusRollback=Өзгерістер кері қайтарылуда...

; *** Misc. errors
ErrorInternal2=Ішкі қате: %1
ErrorFunctionFailedNoCode=%1 орындалмады
ErrorFunctionFailed=%1 орындалмады; коды %2
ErrorFunctionFailedWithMessage=%1 орындалмады; коды %2.%n%3
ErrorExecutingProgram=Файлды іске қосу мүмкін болмады:%n%1

; *** Registry errors
ErrorRegOpenKey=Тізілім кілтін ашу кезінде қате шықты:%n%1\%2
ErrorRegCreateKey=Тізілім кілтін жасау кезінде қате шықты:%n%1\%2
ErrorRegWriteKey=Тізілім кілтіне жазу кезінде қате шықты:%n%1\%2

; *** File copying errors
SourceIsCorrupted=Бастапқы файл бүлінген
SourceDoesntExist="%1" бастапқы файлы жоқ
ErrorReadingExistingDest=Бар файлды оқу кезінде қате шықты:
ErrorCreatingTemp=Орнату қалтасында файл жасау кезінде қате шықты:
ErrorReadingSource=Бастапқы файлды оқу кезінде қате шықты:
ErrorCopying=Файлды көшіру кезінде қате шықты:
ErrorReplacingExistingFile=Бар файлды ауыстыру кезінде қате шықты:
ErrorRenamingTemp=Орнату қалтасындағы файлдың атын өзгерту кезінде қате шықты:

; *** Uninstaller messages
UninstallNotFound="%1" файлы жоқ. Жою мүмкін емес.
UninstallOpenError="%1" файлы ашылмады. Жою мүмкін емес
ConfirmUninstall=%1 бағдарламасын барлық құрамдас бөліктерімен бірге толық жойғыңыз келе ме?
UninstallStatusLabel=%1 бағдарламасы компьютеріңізден жойылып жатыр, күте тұрыңыз.
UninstalledAll=%1 бағдарламасы компьютеріңізден толық жойылды.
UninstalledMost=%1 бағдарламасын жою аяқталды.%n%nКейбір элементтерді жою мүмкін болмады. Оларды қолмен жоюға болады.
UninstalledAndNeedsRestart=%1 бағдарламасын жоюды аяқтау үшін компьютерді қайта іске қосу керек.%n%nҚазір қайта іске қосасыз ба?
UninstallDataCorrupted="%1" файлы бүлінген. Жою мүмкін емес

; *** Uninstallation phase messages
WizardUninstalling=Жою барысы
StatusUninstalling=%1 жойылуда...

; *** Shutdown block reasons
ShutdownBlockReasonInstallingApp=%1 орнатылуда.
ShutdownBlockReasonUninstallingApp=%1 жойылуда.

[CustomMessages]

NameAndVersion=%1, %2 нұсқасы
AdditionalIcons=Қосымша таңбашалар:
CreateDesktopIcon=&Жұмыс үстелінде таңбаша жасау
CreateQuickLaunchIcon=&Жылдам іске қосу тақтасында таңбаша жасау
ProgramOnTheWeb=%1 интернетте
UninstallProgram=%1 бағдарламасын жою
LaunchProgram=%1 бағдарламасын іске қосу
AssocFileExtension=%1 бағдарламасын %2 файл кеңейтімімен &байланыстыру
AssocingFileExtension=%1 бағдарламасы %2 файл кеңейтімімен байланыстырылуда...
AutoStartProgramGroupDescription=Автоматты іске қосу:
AutoStartProgram=%1 бағдарламасын автоматты түрде іске қосу
AddonHostProgramNotFound=Таңдалған қалтадан %1 табылмады.%n%nСонда да жалғастырасыз ба?
