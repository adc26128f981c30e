<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
        <source>&amp;Filter Sources</source>
        <translation>&amp;Filtrar fuentes</translation>
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
        <source>Importing sources…</source>
        <translation>Importando fuentes…</translation>
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
        <source>&lt;h3&gt;Annalist %1&lt;/h3&gt;&lt;p&gt;A workbench for analysts who read many news sources about one story and build a dated, sourced chronology from them.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Optional features: KDE Syntax-Highlighting — not built in.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Annalist %1&lt;/h3&gt;&lt;p&gt;Un banco de trabajo para analistas que leen muchas fuentes de noticias sobre una historia y construyen con ellas una cronología fechada y documentada.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2, en ejecución con Qt %3.&lt;/p&gt;&lt;p&gt;Funciones opcionales: KDE Syntax-Highlighting — no incluido.&lt;/p&gt;</translation>
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
        <source>Sources: %1 · Entities: %2 · Events: %3 · %4</source>
        <translation>Fuentes: %1 · Entidades: %2 · Eventos: %3 · %4</translation>
    </message>
</context>
<context>
    <name>annalist::SourceListModel</name>
    <message>
        <source>undated</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>%1 (stated as &quot;%2&quot;)</source>
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
</context>
<context>
    <name>annalist::SourceReader</name>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>published %1</source>
        <translation>publicado %1</translation>
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
        <source>&lt;i&gt;Select a source in the library to read it.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Seleccione una fuente en la biblioteca para leerla.&lt;/i&gt;</translation>
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
