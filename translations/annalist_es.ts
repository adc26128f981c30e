<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>EntityCard</name>
    <message>
        <source>Unknown type</source>
        <translation>Tipo desconocido</translation>
    </message>
    <message>
        <source>candidate: Enter accepts, Delete rejects</source>
        <translation>candidata: Intro acepta, Supr rechaza</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmada</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 más</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>También: %1</translation>
    </message>
    <message>
        <source>%1 more roles</source>
        <translation>%1 cargos más</translation>
    </message>
    <message>
        <source>1 mention in this source</source>
        <translation>1 mención en esta fuente</translation>
    </message>
    <message>
        <source>%1 mentions in this source</source>
        <translation>%1 menciones en esta fuente</translation>
    </message>
</context>
<context>
    <name>annalist::AddMentionCommand</name>
    <message>
        <source>Mark mention</source>
        <translation>Marcar mención</translation>
    </message>
    <message>
        <source>Mark “%1” as %2</source>
        <translation>Marcar «%1» como %2</translation>
    </message>
</context>
<context>
    <name>annalist::CreateEntityWithMentionCommand</name>
    <message>
        <source>New %1 “%2”</source>
        <translation>Nuevo %1 «%2»</translation>
    </message>
</context>
<context>
    <name>annalist::EntityDock</name>
    <message>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <source>Aliases…</source>
        <translation>Alias…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Fusionar con…</translation>
    </message>
    <message>
        <source>Add role</source>
        <translation>Añadir cargo</translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation>Quitar cargo</translation>
    </message>
    <message>
        <source>Filter entities…</source>
        <translation>Filtrar entidades…</translation>
    </message>
    <message>
        <source>Titles and offices held for a time. Dates: 2025-01-21, 2024-06 or 2024; empty when open.</source>
        <translation>Títulos y cargos ocupados durante un tiempo. Fechas: 2025-01-21, 2024-06 o 2024; vacío si está abierto.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Cargos</translation>
    </message>
    <message>
        <source>Rename Entity</source>
        <translation>Renombrar entidad</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Other names of %1, one per line:</source>
        <translation>Otros nombres de %1, uno por línea:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Merge Entities</source>
        <translation>Fusionar entidades</translation>
    </message>
    <message>
        <source>Merge %1 into:</source>
        <translation>Fusionar %1 con:</translation>
    </message>
</context>
<context>
    <name>annalist::EntityListModel</name>
    <message>
        <source>%1 (also: %2)</source>
        <translation>%1 (también: %2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Menciones</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
</context>
<context>
    <name>annalist::EntityRoleModel</name>
    <message>
        <source>A date as 2025-01-21, 2024-06 or 2024; empty when open</source>
        <translation>Una fecha como 2025-01-21, 2024-06 o 2024; vacía si está abierta</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
</context>
<context>
    <name>annalist::FindBar</name>
    <message>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Distinguir mayúsculas</translation>
    </message>
    <message>
        <source>Find in source</source>
        <translation>Buscar en la fuente</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Coincidencia anterior (Mayús+Intro)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Coincidencia siguiente (Intro)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>annalist::MainWindow</name>
    <message>
        <source>Filter sources…</source>
        <translation>Filtrar fuentes…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Open &amp;Sample Project</source>
        <translation>Abrir proyecto de &amp;ejemplo</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;Importar archivos…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Importar &amp;carpeta…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>&amp;Paste as New Source</source>
        <translation>&amp;Pegar como fuente nueva</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>&amp;Cerrar proyecto</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Annalist</source>
        <translation>&amp;Acerca de Annalist</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>No se puede abrir el proyecto</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>No se puede crear el proyecto</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name; Annalist never overwrites a project.</source>
        <translation>%1 ya existe. Elija otro nombre; Annalist nunca sobrescribe un proyecto.</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <source>Cannot create the sample project</source>
        <translation>No se puede crear el proyecto de ejemplo</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Importar archivos</translation>
    </message>
    <message>
        <source>News sources (*.txt *.md *.markdown *.html *.htm *.pdf);;All files (*)</source>
        <translation>Fuentes de noticias (*.txt *.md *.markdown *.html *.htm *.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Importar carpeta</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>No hay ningún proyecto abierto</translation>
    </message>
    <message>
        <source>Open or create a project before importing sources.</source>
        <translation>Abra o cree un proyecto antes de importar fuentes.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Sources imported: %1.</source>
        <translation>Fuentes importadas: %1.</translation>
    </message>
    <message>
        <source>Already in the project and not added again: %1.</source>
        <translation>Ya estaban en el proyecto y no se añadieron de nuevo: %1.</translation>
    </message>
    <message>
        <source>The import was cancelled; the sources imported before that are kept.</source>
        <translation>La importación se canceló; se conservan las fuentes importadas hasta entonces.</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>Importación detenida</translation>
    </message>
    <message>
        <source>The project could not be written: %1</source>
        <translation>No se pudo escribir en el proyecto: %1</translation>
    </message>
    <message>
        <source>Some files were not imported</source>
        <translation>Algunos archivos no se importaron</translation>
    </message>
    <message>
        <source>Files that could not be imported: %1.</source>
        <translation>Archivos que no se pudieron importar: %1.</translation>
    </message>
    <message>
        <source>Nothing to paste</source>
        <translation>Nada que pegar</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>El portapapeles no contiene texto.</translation>
    </message>
    <message>
        <source>Cannot add the pasted text</source>
        <translation>No se puede añadir el texto pegado</translation>
    </message>
    <message>
        <source>About Annalist</source>
        <translation>Acerca de Annalist</translation>
    </message>
    <message>
        <source>Cannot read the project</source>
        <translation>No se puede leer el proyecto</translation>
    </message>
    <message>
        <source>Annalist</source>
        <translation>Annalist</translation>
    </message>
    <message>
        <source>No project open. Use File ▸ New Project or File ▸ Open Project.</source>
        <translation>No hay ningún proyecto abierto. Use Archivo ▸ Nuevo proyecto o Archivo ▸ Abrir proyecto.</translation>
    </message>
    <message>
        <source>%1 — Annalist</source>
        <translation>%1 — Annalist</translation>
    </message>
    <message>
        <source>Annalist projects (*.annalist)</source>
        <translation>Proyectos de Annalist (*.annalist)</translation>
    </message>
    <message>
        <source>Mark as &amp;Person</source>
        <translation>Marcar como &amp;persona</translation>
    </message>
    <message>
        <source>Mark as &amp;Organisation</source>
        <translation>Marcar como &amp;organización</translation>
    </message>
    <message>
        <source>Mark as P&amp;lace</source>
        <translation>Marcar como &amp;lugar</translation>
    </message>
    <message>
        <source>Mark as &amp;Title or Role</source>
        <translation>Marcar como &amp;título o cargo</translation>
    </message>
    <message>
        <source>Mark as Oth&amp;er</source>
        <translation>Marcar como &amp;otro</translation>
    </message>
    <message>
        <source>Open a project with File ▸ Open Project, or create one with File ▸ New Project.</source>
        <translation>Abra un proyecto con Archivo ▸ Abrir proyecto, o cree uno con Archivo ▸ Nuevo proyecto.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entidades</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Menciones</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>&amp;Find in Source…</source>
        <translation>&amp;Buscar en la fuente…</translation>
    </message>
    <message>
        <source>&amp;Search All Sources…</source>
        <translation>Buscar en &amp;todas las fuentes…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Filter S&amp;ources</source>
        <translation>&amp;Filtrar fuentes</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>A&amp;notar</translation>
    </message>
    <message>
        <source>&amp;Accept Candidate</source>
        <translation>&amp;Aceptar candidata</translation>
    </message>
    <message>
        <source>&amp;Reject Candidate</source>
        <translation>&amp;Rechazar candidata</translation>
    </message>
    <message>
        <source>Re&amp;move Mention</source>
        <translation>&amp;Quitar mención</translation>
    </message>
    <message>
        <source>Change Entity &amp;Type</source>
        <translation>Cambiar &amp;tipo de entidad</translation>
    </message>
    <message>
        <source>&amp;Link to Another Entity…</source>
        <translation>&amp;Vincular a otra entidad…</translation>
    </message>
    <message>
        <source>Mark All Occurrences in This &amp;Source</source>
        <translation>Marcar todas las apariciones en esta &amp;fuente</translation>
    </message>
    <message>
        <source>Mark All Occurrences in All S&amp;ources</source>
        <translation>Marcar todas las apariciones en todas las f&amp;uentes</translation>
    </message>
    <message>
        <source>Open in &amp;New Pane</source>
        <translation>Abrir en un panel &amp;nuevo</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;Close Pane</source>
        <translation>&amp;Cerrar panel</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>S&amp;wap Panes</source>
        <translation>&amp;Intercambiar paneles</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>S&amp;ynchronised Scrolling</source>
        <translation>Desplazamiento &amp;sincronizado</translation>
    </message>
    <message>
        <source>&amp;Compare Panes</source>
        <translation>&amp;Comparar paneles</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Show Entity &amp;Types</source>
        <translation>Mostrar &amp;tipos de entidad</translation>
    </message>
    <message>
        <source>Open in Current Pane</source>
        <translation>Abrir en el panel actual</translation>
    </message>
    <message>
        <source>Set Reliability Grade</source>
        <translation>Asignar fiabilidad</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>Sin calificar</translation>
    </message>
    <message>
        <source>Importing %v of %m</source>
        <translation>Importando %v de %m</translation>
    </message>
    <message>
        <source>Stop the import; the sources imported so far are kept.</source>
        <translation>Detener la importación; se conservan las fuentes importadas hasta ahora.</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>El cambio no se guardó</translation>
    </message>
    <message>
        <source>An import is running</source>
        <translation>Hay una importación en curso</translation>
    </message>
    <message>
        <source>Wait for the current import to finish, or cancel it, before starting another.</source>
        <translation>Espere a que termine la importación actual, o cancélela, antes de empezar otra.</translation>
    </message>
    <message>
        <source>Set reliability grade</source>
        <translation>Asignar fiabilidad</translation>
    </message>
    <message>
        <source>Select the words to mark first, then press P, O, L, T or E.</source>
        <translation>Seleccione primero las palabras que quiere marcar y pulse P, O, L, T o E.</translation>
    </message>
    <message>
        <source>Cannot read the source</source>
        <translation>No se puede leer la fuente</translation>
    </message>
    <message>
        <source>Cannot read the entities</source>
        <translation>No se pueden leer las entidades</translation>
    </message>
    <message>
        <source>A new entity named "%1"</source>
        <translation>Una entidad nueva llamada «%1»</translation>
    </message>
    <message>
        <source>Which Entity?</source>
        <translation>¿Qué entidad?</translation>
    </message>
    <message>
        <source>"%1" could be several entities:</source>
        <translation>«%1» podría ser varias entidades:</translation>
    </message>
    <message>
        <source>Put the cursor on a mention first.</source>
        <translation>Ponga primero el cursor sobre una mención.</translation>
    </message>
    <message>
        <source>Link to Entity</source>
        <translation>Vincular a entidad</translation>
    </message>
    <message>
        <source>"%1" refers to:</source>
        <translation>«%1» se refiere a:</translation>
    </message>
    <message>
        <source>Put the cursor on a mention, or select an entity, first.</source>
        <translation>Ponga primero el cursor sobre una mención o seleccione una entidad.</translation>
    </message>
    <message>
        <source>Occurrences marked as candidates: %1.</source>
        <translation>Apariciones marcadas como candidatas: %1.</translation>
    </message>
    <message>
        <source>Sources: %1 · Entities: %2 · Mentions: %3 · Select text and press P, O, L, T or E</source>
        <translation>Fuentes: %1 · Entidades: %2 · Menciones: %3 · Seleccione texto y pulse P, O, L, T o E</translation>
    </message>
    <message>
        <source>Accept All Candidates of This &amp;Entity</source>
        <translation>Aceptar todas las candidatas de esta &amp;entidad</translation>
    </message>
    <message>
        <source>A&amp;nalyse Selected Sources</source>
        <translation>A&amp;nalizar las fuentes seleccionadas</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Candidates accepted: %1.</source>
        <translation>Candidatas aceptadas: %1.</translation>
    </message>
    <message>
        <source>Select the sources to analyse in the library first.</source>
        <translation>Seleccione primero en la biblioteca las fuentes que quiere analizar.</translation>
    </message>
    <message>
        <source>The analysis stopped</source>
        <translation>El análisis se detuvo</translation>
    </message>
    <message>
        <source>Proposed %1 mentions and %2 time expressions.</source>
        <translation>Se propusieron %1 menciones y %2 expresiones temporales.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Annalist %1&lt;/h3&gt;&lt;p&gt;A workbench for analysts who read many news sources about one story and build a dated, sourced chronology from them.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Optional features: KDE Syntax-Highlighting — not built in.&lt;/p&gt;&lt;p&gt;City names from GeoNames (geonames.org), licensed CC BY 4.0; country and subdivision names from the iso-codes project.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Annalist %1&lt;/h3&gt;&lt;p&gt;Un banco de trabajo para analistas que leen muchas fuentes de noticias sobre una historia y construyen con ellas una cronología fechada y documentada.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2, en ejecución con Qt %3.&lt;/p&gt;&lt;p&gt;Funciones opcionales: KDE Syntax-Highlighting — no incluido.&lt;/p&gt;&lt;p&gt;Nombres de ciudades de GeoNames (geonames.org), con licencia CC BY 4.0; nombres de países y subdivisiones del proyecto iso-codes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (also: %2)</source>
        <translation>%1 (también: %2)</translation>
    </message>
    <message>
        <source>Analyse New Sources on &amp;Import</source>
        <translation>Analizar las fuentes nuevas al &amp;importar</translation>
    </message>
    <message>
        <source>An analysis is running</source>
        <translation>Hay un análisis en curso</translation>
    </message>
    <message>
        <source>Wait for the current analysis to finish, or cancel it.</source>
        <translation>Espere a que termine el análisis actual, o cancélelo.</translation>
    </message>
    <message>
        <source>The analysis was cancelled; the sources analysed before that keep their proposals.</source>
        <translation>El análisis se canceló; las fuentes analizadas hasta entonces conservan sus propuestas.</translation>
    </message>
    <message>
        <source>Analysing %v of %m</source>
        <translation>Analizando %v de %m</translation>
    </message>
</context>
<context>
    <name>annalist::MarkAllOccurrencesCommand</name>
    <message>
        <source>Mark all occurrences</source>
        <translation>Marcar todas las apariciones</translation>
    </message>
</context>
<context>
    <name>annalist::MentionListModel</name>
    <message>
        <source>Candidate</source>
        <translation>Candidata</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>Mención</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>annalist::MentionsDock</name>
    <message>
        <source>Select an entity to see where it is mentioned.</source>
        <translation>Seleccione una entidad para ver dónde se menciona.</translation>
    </message>
    <message>
        <source>%1 — %2 mentions</source>
        <translation>%1 — %2 menciones</translation>
    </message>
</context>
<context>
    <name>annalist::MergeEntitiesCommand</name>
    <message>
        <source>Merge entities</source>
        <translation>Fusionar entidades</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>Fusionar %1 con %2</translation>
    </message>
</context>
<context>
    <name>annalist::ProjectCommand</name>
    <message>
        <source>The change</source>
        <translation>El cambio</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
</context>
<context>
    <name>annalist::ReaderPane</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, de %2 a %3</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, desde %2</translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1, hasta %2</translation>
    </message>
    <message>
        <source>Close this pane</source>
        <translation>Cerrar este panel</translation>
    </message>
    <message>
        <source>&amp;Find in Source…</source>
        <translation>&amp;Buscar en la fuente…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>Buscar &amp;anterior</translation>
    </message>
    <message>
        <source>Untitled source</source>
        <translation>Fuente sin título</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>grade %1</source>
        <translation>fiabilidad %1</translation>
    </message>
    <message>
        <source>ungraded</source>
        <translation>sin calificar</translation>
    </message>
    <message>
        <source>No source</source>
        <translation>Ninguna fuente</translation>
    </message>
    <message>
        <source>Choose a source in the library to read it here.</source>
        <translation>Elija una fuente en la biblioteca para leerla aquí.</translation>
    </message>
    <message>
        <source>Passages of this source are marked in this colour in the other panes</source>
        <translation>Los pasajes de esta fuente se marcan en este color en los otros paneles</translation>
    </message>
</context>
<context>
    <name>annalist::RemoveMentionCommand</name>
    <message>
        <source>Remove mention</source>
        <translation>Quitar mención</translation>
    </message>
    <message>
        <source>Remove mention “%1”</source>
        <translation>Quitar la mención «%1»</translation>
    </message>
</context>
<context>
    <name>annalist::RenameEntityCommand</name>
    <message>
        <source>Rename to “%1”</source>
        <translation>Renombrar a «%1»</translation>
    </message>
    <message>
        <source>Rename %1 to “%2”</source>
        <translation>Renombrar %1 a «%2»</translation>
    </message>
</context>
<context>
    <name>annalist::SearchDock</name>
    <message>
        <source>Search all sources (words, "phrases", OR, NOT, prefix*)</source>
        <translation>Buscar en todas las fuentes (palabras, "frases", OR, NOT, prefijo*)</translation>
    </message>
    <message>
        <source>No source contains "%1".</source>
        <translation>Ninguna fuente contiene «%1».</translation>
    </message>
    <message>
        <source>%1 passages in %2 sources</source>
        <translation>%1 pasajes en %2 fuentes</translation>
    </message>
</context>
<context>
    <name>annalist::SearchResultModel</name>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
</context>
<context>
    <name>annalist::SetEntityAliasesCommand</name>
    <message>
        <source>Change aliases</source>
        <translation>Cambiar alias</translation>
    </message>
    <message>
        <source>Change aliases of %1</source>
        <translation>Cambiar los alias de %1</translation>
    </message>
</context>
<context>
    <name>annalist::SetEntityRolesCommand</name>
    <message>
        <source>Change roles</source>
        <translation>Cambiar cargos</translation>
    </message>
    <message>
        <source>Change roles of %1</source>
        <translation>Cambiar los cargos de %1</translation>
    </message>
</context>
<context>
    <name>annalist::SetEntityTypeCommand</name>
    <message>
        <source>Change entity type</source>
        <translation>Cambiar el tipo de entidad</translation>
    </message>
    <message>
        <source>Change type of %1 to %2</source>
        <translation>Cambiar el tipo de %1 a %2</translation>
    </message>
</context>
<context>
    <name>annalist::SetMentionEntityCommand</name>
    <message>
        <source>Link mention to another entity</source>
        <translation>Vincular la mención a otra entidad</translation>
    </message>
    <message>
        <source>Link “%1” to %2</source>
        <translation>Vincular «%1» a %2</translation>
    </message>
</context>
<context>
    <name>annalist::SetMentionStatusCommand</name>
    <message numerus="yes">
        <source>Accept %n mention(s)</source>
        <translation>
            <numerusform>Aceptar %n mención</numerusform>
            <numerusform>Aceptar %n menciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n mention(s)</source>
        <translation>
            <numerusform>Rechazar %n mención</numerusform>
            <numerusform>Rechazar %n menciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reopen %n mention(s)</source>
        <translation>
            <numerusform>Reabrir %n mención</numerusform>
            <numerusform>Reabrir %n menciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>annalist::SetSourceGradeCommand</name>
    <message>
        <source>Remove source grade</source>
        <translation>Quitar la fiabilidad de la fuente</translation>
    </message>
    <message>
        <source>Grade source %1</source>
        <translation>Calificar la fuente con %1</translation>
    </message>
</context>
<context>
    <name>annalist::SourceListModel</name>
    <message>
        <source>undated</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>%1 (stated as "%2")</source>
        <translation>%1 (indicado como «%2»)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Fiabilidad</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caracteres</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Menciones</translation>
    </message>
</context>
<context>
    <name>annalist::TypeLegend</name>
    <message>
        <source>%1 mentions are shown in this colour</source>
        <translation>Las menciones de tipo %1 se muestran en este color</translation>
    </message>
    <message>
        <source>%1 mentions are hidden (View ▸ Show Entity Types)</source>
        <translation>Las menciones de tipo %1 están ocultas (Ver ▸ Mostrar tipos de entidad)</translation>
    </message>
    <message>
        <source>dotted underline = candidate</source>
        <translation>subrayado punteado = candidata</translation>
    </message>
    <message>
        <source>Proposed mentions: Enter accepts, Delete rejects</source>
        <translation>Menciones propuestas: Intro acepta, Supr rechaza</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Workbench for news analysts</source>
        <translation>Banco de trabajo para analistas de noticias</translation>
    </message>
    <message>
        <source>Project file to open</source>
        <translation>Archivo de proyecto que abrir</translation>
    </message>
    <message>
        <source>Cannot create the sample project</source>
        <translation>No se puede crear el proyecto de ejemplo</translation>
    </message>
</context>
</TS>