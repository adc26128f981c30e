<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutText</name>
    <message>
        <source>%1: highlighted original files and export previews, colour themes</source>
        <translation>%1: resaltado de archivos originales y de vistas previas de exportación, temas de color</translation>
    </message>
    <message>
        <source>KDE Syntax-Highlighting: not in this build (original files and export previews are plain text, built-in colours)</source>
        <translation>KDE Syntax-Highlighting: no incluido en esta compilación (los archivos originales y las vistas previas de exportación se muestran como texto sin formato, con los colores integrados)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Annalist %1&lt;/h3&gt;&lt;p&gt;A workbench for analysts who read many news sources about one story and build a dated, sourced chronology from them.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Optional features:&lt;/p&gt;&lt;ul&gt;%4&lt;/ul&gt;&lt;p&gt;City names from GeoNames (geonames.org), licensed CC BY 4.0; country and subdivision names from the iso-codes project.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Annalist %1&lt;/h3&gt;&lt;p&gt;Un entorno de trabajo para analistas que leen muchas fuentes de noticias sobre un mismo asunto y elaboran a partir de ellas una cronología fechada y documentada con sus fuentes.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2, ejecutándose con Qt %3.&lt;/p&gt;&lt;p&gt;Funciones opcionales:&lt;/p&gt;&lt;ul&gt;%4&lt;/ul&gt;&lt;p&gt;Nombres de ciudades de GeoNames (geonames.org), con licencia CC BY 4.0; nombres de países y subdivisiones del proyecto iso-codes.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ChangeAttribution</name>
    <message>
        <source>you</source>
        <translation>usted</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation>por %1, %2</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>hace un momento</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DockLayout</name>
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
</context>
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
    <message>
        <source>confirmed %1</source>
        <translation>confirmada %1</translation>
    </message>
    <message>
        <source>rejected %1</source>
        <translation>rechazada %1</translation>
    </message>
</context>
<context>
    <name>ProjectFileDialogs</name>
    <message>
        <source>Annalist projects (*.annalist)</source>
        <translation>Proyectos de Annalist (*.annalist)</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name; Annalist never overwrites a project.</source>
        <translation>%1 ya existe. Elija otro nombre; Annalist nunca sobrescribe un proyecto.</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Abrir proyecto</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The password was not kept</source>
        <translation>No se guardó la contraseña</translation>
    </message>
    <message>
        <source>It will be asked for the next time.</source>
        <translation>Se pedirá la próxima vez.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>%1

Password of %2 for %3 on %4:</source>
        <translation>%1

Contraseña de %2 para %3 en %4:</translation>
    </message>
</context>
<context>
    <name>TimeCard</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Hora del día</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Recurring time</source>
        <translation>Tiempo recurrente</translation>
    </message>
    <message>
        <source>proposed: Enter accepts, Delete rejects</source>
        <translation>propuesta: Intro la acepta, Supr la rechaza</translation>
    </message>
    <message>
        <source>accepted: Delete rejects</source>
        <translation>aceptada: Supr la rechaza</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>Not placed in time</source>
        <translation>Sin situar en el tiempo</translation>
    </message>
    <message>
        <source>Read as: %1</source>
        <translation>Leída como: %1</translation>
    </message>
    <message>
        <source>TIMEX3 value: %1</source>
        <translation>Valor TIMEX3: %1</translation>
    </message>
    <message>
        <source>The source is undated: relative words have nothing to be read against</source>
        <translation>La fuente no tiene fecha: las expresiones relativas no tienen referencia</translation>
    </message>
    <message>
        <source>Anchor: the source&apos;s date, %1</source>
        <translation>Referencia: la fecha de la fuente, %1</translation>
    </message>
</context>
<context>
    <name>annalist::AcceptSourceDatingCommand</name>
    <message>
        <source>Set the source&apos;s date to %1</source>
        <translation>Fechar la fuente el %1</translation>
    </message>
    <message>
        <source>Set the date of “%1” to %2</source>
        <translation>Fechar «%1» el %2</translation>
    </message>
</context>
<context>
    <name>annalist::AddEvidenceCommand</name>
    <message>
        <source>Add evidence</source>
        <translation>Añadir prueba</translation>
    </message>
    <message>
        <source>Add evidence to “%1”</source>
        <translation>Añadir prueba a «%1»</translation>
    </message>
</context>
<context>
    <name>annalist::AddMentionCommand</name>
    <message>
        <source>Mark mention</source>
        <translation>Marcar mención</translation>
    </message>
    <message>
        <source>Confirm “%1”</source>
        <translation>Confirmar «%1»</translation>
    </message>
    <message>
        <source>Confirm “%1” as %2</source>
        <translation>Confirmar «%1» como %2</translation>
    </message>
    <message>
        <source>Mark “%1”</source>
        <translation>Marcar «%1»</translation>
    </message>
    <message>
        <source>Mark “%1” as %2</source>
        <translation>Marcar «%1» como %2</translation>
    </message>
</context>
<context>
    <name>annalist::AnnotationController</name>
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
        <source>Accept All Candidates of This &amp;Entity</source>
        <translation>Aceptar todas las candidatas de esta &amp;entidad</translation>
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
        <source>%1 (also: %2)</source>
        <translation>%1 (también: %2)</translation>
    </message>
    <message>
        <source>A new entity named &quot;%1&quot;</source>
        <translation>Una entidad nueva llamada «%1»</translation>
    </message>
    <message>
        <source>Which Entity?</source>
        <translation>¿Qué entidad?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be several entities:</source>
        <translation>«%1» podría ser varias entidades:</translation>
    </message>
    <message>
        <source>Put the cursor on a mention first.</source>
        <translation>Ponga primero el cursor sobre una mención.</translation>
    </message>
    <message>
        <source>Cannot read the mention</source>
        <translation>No se puede leer la mención</translation>
    </message>
    <message>
        <source>Cannot read the entity type</source>
        <translation>No se puede leer el tipo de entidad</translation>
    </message>
    <message>
        <source>There is no other entity to link the mention to.</source>
        <translation>No hay otra entidad a la que vincular la mención.</translation>
    </message>
    <message>
        <source>Link to Entity</source>
        <translation>Vincular a entidad</translation>
    </message>
    <message>
        <source>&quot;%1&quot; refers to:</source>
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
        <source>Cannot read the mentions</source>
        <translation>No se pueden leer las menciones</translation>
    </message>
    <message>
        <source>Candidates accepted: %1.</source>
        <translation>Candidatas aceptadas: %1.</translation>
    </message>
</context>
<context>
    <name>annalist::ChronologyFilterBar</name>
    <message>
        <source>Conflicts only</source>
        <translation>Solo conflictos</translation>
    </message>
    <message>
        <source>Filter chronology…</source>
        <translation>Filtrar cronología…</translation>
    </message>
    <message>
        <source>Events with this entity as participant or place</source>
        <translation>Eventos con esta entidad como participante o lugar</translation>
    </message>
    <message>
        <source>Events with a passage from this source</source>
        <translation>Eventos con un pasaje de esta fuente</translation>
    </message>
    <message>
        <source>Events in this lane</source>
        <translation>Eventos de este carril</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>Events that may have happened at or after this time (any form the time field takes)</source>
        <translation>Eventos que pueden haber ocurrido en esta fecha o después (admite cualquier forma que acepte el campo de fecha)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Events that may have happened at or before this time</source>
        <translation>Eventos que pueden haber ocurrido en esta fecha o antes</translation>
    </message>
    <message>
        <source>Any credibility</source>
        <translation>Cualquier credibilidad</translation>
    </message>
    <message>
        <source>1 only</source>
        <translation>Solo 1</translation>
    </message>
    <message>
        <source>1–2</source>
        <translation>1–2</translation>
    </message>
    <message>
        <source>1–3</source>
        <translation>1–3</translation>
    </message>
    <message>
        <source>1–4</source>
        <translation>1–4</translation>
    </message>
    <message>
        <source>1–5</source>
        <translation>1–5</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>Fe&amp;cha:</translation>
    </message>
    <message>
        <source>Any entity</source>
        <translation>Cualquier entidad</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Cualquier fuente</translation>
    </message>
    <message>
        <source>Any lane</source>
        <translation>Cualquier carril</translation>
    </message>
    <message>
        <source>“%1” is not a time the range can start at.</source>
        <translation>«%1» no es una fecha válida para el inicio del intervalo.</translation>
    </message>
    <message>
        <source>“%1” is not a time the range can end at.</source>
        <translation>«%1» no es una fecha válida para el final del intervalo.</translation>
    </message>
</context>
<context>
    <name>annalist::ChronologyModel</name>
    <message>
        <source>confirmed</source>
        <translation>confirmada</translation>
    </message>
    <message>
        <source>probably true</source>
        <translation>probablemente cierto</translation>
    </message>
    <message>
        <source>possibly true</source>
        <translation>posiblemente cierto</translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation>dudoso</translation>
    </message>
    <message>
        <source>improbable</source>
        <translation>improbable</translation>
    </message>
    <message>
        <source>cannot be judged</source>
        <translation>no se puede juzgar</translation>
    </message>
    <message>
        <source>Order uncertain: its time overlaps a neighbour&apos;s</source>
        <translation>Orden incierto: su fecha se solapa con la de un vecino</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>EDTF: %1</source>
        <translation>EDTF: %1</translation>
    </message>
    <message>
        <source>No time is known for this event</source>
        <translation>No se conoce la fecha de este evento</translation>
    </message>
    <message>
        <source>Stated as &quot;%1&quot;</source>
        <translation>Expresado como «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%n independent source(s)</source>
        <translation>
            <numerusform>%n fuente independiente</numerusform>
            <numerusform>%n fuentes independientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n pasaje</numerusform>
            <numerusform>%n pasajes</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>Credibilidad</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Marcas</translation>
    </message>
</context>
<context>
    <name>annalist::ChronologyPanel</name>
    <message>
        <source>Yellow</source>
        <translation>Amarillo</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rojo</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Morado</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Comment on entry</source>
        <translation>Comentario sobre la entrada</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Comentario:</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Editar evento</translation>
    </message>
    <message>
        <source>Comment…</source>
        <translation>Comentar…</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Resaltar</translation>
    </message>
    <message>
        <source>Other colour…</source>
        <translation>Otro color…</translation>
    </message>
    <message>
        <source>Highlight colour</source>
        <translation>Color de resaltado</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Compare conflicting passages</source>
        <translation>Comparar pasajes contradictorios</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Eliminar evento</translation>
    </message>
</context>
<context>
    <name>annalist::ChronologyWorkspace</name>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>&amp;Chronology</source>
        <translation>&amp;Cronología</translation>
    </message>
    <message>
        <source>New &amp;Event from Selection</source>
        <translation>&amp;Nuevo evento a partir de la selección</translation>
    </message>
    <message>
        <source>Make an event of the selected passage: title, participants, place and time are taken from its sentence, and the passage becomes its first evidence</source>
        <translation>Crear un evento a partir del pasaje seleccionado: el título, los participantes, el lugar y la fecha se toman de su oración, y el pasaje pasa a ser su primer pasaje citado</translation>
    </message>
    <message>
        <source>&amp;Delete Event</source>
        <translation>&amp;Eliminar evento</translation>
    </message>
    <message>
        <source>Add Selection as &amp;Supporting Evidence</source>
        <translation>Añadir selección como pasaje que &amp;respalda</translation>
    </message>
    <message>
        <source>Add Selection as &amp;Contradicting Evidence</source>
        <translation>Añadir selección como pasaje que &amp;contradice</translation>
    </message>
    <message>
        <source>Add Selection as &amp;Mentioning Evidence</source>
        <translation>Añadir selección como pasaje que &amp;menciona</translation>
    </message>
    <message>
        <source>Date Sources from &amp;Titles…</source>
        <translation>Datar fuentes por los &amp;títulos…</translation>
    </message>
    <message>
        <source>Import &amp;Roles Table…</source>
        <translation>Importar tabla de car&amp;gos…</translation>
    </message>
    <message>
        <source>Import Roles Table</source>
        <translation>Importar tabla de cargos</translation>
    </message>
    <message>
        <source>Roles tables (*.csv);;All files (*)</source>
        <translation>Tablas de cargos (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Load who held which title when from a CSV file with the columns entity, entity type, title, organisation, from, to</source>
        <translation>Cargar quién ocupó cada título y cuándo desde un archivo CSV con las columnas entity, entity type, title, organisation, from y to</translation>
    </message>
    <message>
        <source>&amp;Fit Timeline</source>
        <translation>&amp;Ajustar línea de tiempo</translation>
    </message>
    <message>
        <source>&amp;Export Chronology…</source>
        <translation>E&amp;xportar cronología…</translation>
    </message>
    <message>
        <source>Write the chronology as a PDF report, a table, a calendar, a timeline or annotations</source>
        <translation>Escribir la cronología como informe PDF, tabla, calendario, línea de tiempo o anotaciones</translation>
    </message>
    <message>
        <source>Import C&amp;hronology…</source>
        <translation>Importar cr&amp;onología…</translation>
    </message>
    <message>
        <source>Bring in events kept as CSV (the columns of the CSV export) or TimelineJS3 JSON, with their quotes found in the project&apos;s sources</source>
        <translation>Incorporar eventos guardados como CSV (las columnas de la exportación CSV) o como JSON de TimelineJS3, con sus citas localizadas en las fuentes del proyecto</translation>
    </message>
    <message>
        <source>Import Chronology</source>
        <translation>Importar cronología</translation>
    </message>
    <message>
        <source>Chronologies (*.csv *.json);;All files (*)</source>
        <translation>Cronologías (*.csv *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot import the chronology</source>
        <translation>No se puede importar la cronología</translation>
    </message>
    <message>
        <source>Some passages were not imported</source>
        <translation>Algunos pasajes no se importaron</translation>
    </message>
    <message>
        <source>Cannot read the chronology: %1</source>
        <translation>No se puede leer la cronología: %1</translation>
    </message>
    <message>
        <source>Open a source and select a passage to make an event of it.</source>
        <translation>Abra una fuente y seleccione un pasaje para crear un evento a partir de él.</translation>
    </message>
    <message>
        <source>Cannot make an event: %1</source>
        <translation>No se puede crear el evento: %1</translation>
    </message>
    <message>
        <source>Cannot import roles</source>
        <translation>No se pueden importar los cargos</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Roles imported: %1 added, %2 already known, %3 new entities.</source>
        <translation>Cargos importados: %1 añadidos, %2 ya conocidos, %3 entidades nuevas.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s) imported (passages: %2, new entities: %3).</source>
        <translation>
            <numerusform>%1: %n evento importado (pasajes: %2, entidades nuevas: %3).</numerusform>
            <numerusform>%1: %n eventos importados (pasajes: %2, entidades nuevas: %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) or row(s) could not be placed; see the details.</source>
        <translation>
            <numerusform>No se pudo ubicar %n pasaje o fila; consulte los detalles.</numerusform>
            <numerusform>No se pudieron ubicar %n pasajes o filas; consulte los detalles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the passage</source>
        <translation>No se puede leer el pasaje</translation>
    </message>
    <message>
        <source>Cannot read the sources</source>
        <translation>No se pueden leer las fuentes</translation>
    </message>
</context>
<context>
    <name>annalist::ConflictsPanel</name>
    <message>
        <source>Time</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Contradicted</source>
        <translation>Contradicho</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>What the sources say</source>
        <translation>Qué dicen las fuentes</translation>
    </message>
    <message>
        <source>Double-click a conflict to read both passages side by side</source>
        <translation>Haga doble clic en un conflicto para leer ambos pasajes uno junto al otro</translation>
    </message>
    <message>
        <source>No conflicts: no two passages about one event disagree.</source>
        <translation>Sin conflictos: no hay dos pasajes sobre un mismo evento que discrepen.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) affected</source>
        <translation>
            <numerusform>%n evento afectado</numerusform>
            <numerusform>%n eventos afectados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>annalist::CreateEntityWithMentionCommand</name>
    <message>
        <source>New %1 “%2”</source>
        <translation>Nueva entidad (%1) «%2»</translation>
    </message>
</context>
<context>
    <name>annalist::CreateEventCommand</name>
    <message>
        <source>New event “%1”</source>
        <translation>Nuevo evento «%1»</translation>
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
        <translation>Una fecha como 2025-01-21, 2024-06 o 2024; vacía si queda abierta</translation>
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
    <name>annalist::EventEditor</name>
    <message>
        <source>Supports</source>
        <translation>Respalda</translation>
    </message>
    <message>
        <source>Contradicts</source>
        <translation>Contradice</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Menciona</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Role…</source>
        <translation>Papel…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Postura</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Nombramiento</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Elección</translation>
    </message>
    <message>
        <source>Arrest</source>
        <translation>Detención</translation>
    </message>
    <message>
        <source>Attack</source>
        <translation>Ataque</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Audiencia</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>e.g. 2024-09-30, Sep 2024, early 2025</source>
        <translation>p. ej., 2024-09-30, Sep 2024, early 2025</translation>
    </message>
    <message>
        <source>Type a time as you know it: a day, a month, a year, &quot;c. 2024&quot;, &quot;2024-09?&quot;, &quot;early 2025&quot;, &quot;between 2024-06-02 and 2024-09-30&quot;, &quot;before 2025-01-20&quot; or an EDTF value.</source>
        <translation>Escriba la fecha tal como la conozca: un día, un mes, un año, &quot;c. 2024&quot;, &quot;2024-09?&quot;, &quot;early 2025&quot;, &quot;between 2024-06-02 and 2024-09-30&quot;, &quot;before 2025-01-20&quot; o un valor EDTF.</translation>
    </message>
    <message>
        <source>What you make of it</source>
        <translation>Su valoración del evento</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <source>1 – Confirmed</source>
        <translation>1 – Confirmado</translation>
    </message>
    <message>
        <source>2 – Probably true</source>
        <translation>2 – Probablemente cierto</translation>
    </message>
    <message>
        <source>3 – Possibly true</source>
        <translation>3 – Posiblemente cierto</translation>
    </message>
    <message>
        <source>4 – Doubtful</source>
        <translation>4 – Dudoso</translation>
    </message>
    <message>
        <source>5 – Improbable</source>
        <translation>5 – Improbable</translation>
    </message>
    <message>
        <source>6 – Cannot be judged</source>
        <translation>6 – No se puede valorar</translation>
    </message>
    <message>
        <source>The theme this event belongs to; the timeline can show one lane per theme</source>
        <translation>El tema al que pertenece este evento; la línea de tiempo puede mostrar un carril por tema</translation>
    </message>
    <message>
        <source>comma, separated</source>
        <translation>separadas, por comas</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Pasaje</translation>
    </message>
    <message>
        <source>Click a passage to read it in its source</source>
        <translation>Haga clic en un pasaje para leerlo en su fuente</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>Pa&amp;rticipants:</source>
        <translation>P&amp;articipantes:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Assessment:</source>
        <translation>&amp;Valoración:</translation>
    </message>
    <message>
        <source>&amp;Credibility:</source>
        <translation>&amp;Credibilidad:</translation>
    </message>
    <message>
        <source>&amp;Lane:</source>
        <translation>Ca&amp;rril:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Etiquetas:</translation>
    </message>
    <message>
        <source>Add the selected passage as:</source>
        <translation>Añadir el pasaje seleccionado según su postura:</translation>
    </message>
    <message>
        <source>Quote the selected passage as supporting this event</source>
        <translation>Citar el pasaje seleccionado como pasaje que respalda este evento</translation>
    </message>
    <message>
        <source>Quote the selected passage as contradicting this event</source>
        <translation>Citar el pasaje seleccionado como pasaje que contradice este evento</translation>
    </message>
    <message>
        <source>Quote the selected passage as mentioning this event</source>
        <translation>Citar el pasaje seleccionado como pasaje que menciona este evento</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pasajes citados&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>No event selected. Select a passage in a source and press Ctrl+E to make an event of it, or pick one in the chronology.</source>
        <translation>No hay ningún evento seleccionado. Seleccione un pasaje en una fuente y pulse Ctrl+E para crear un evento a partir de él, o elija uno en la cronología.</translation>
    </message>
    <message>
        <source>Open a project to edit its events.</source>
        <translation>Abra un proyecto para editar sus eventos.</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>Evento %1</translation>
    </message>
    <message>
        <source> · grade %1</source>
        <translation> · fiabilidad %1</translation>
    </message>
    <message numerus="yes">
        <source>%n independent source(s) support this event.</source>
        <translation>
            <numerusform>%n fuente independiente respalda este evento.</numerusform>
            <numerusform>%n fuentes independientes respaldan este evento.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;unknown time&lt;/i&gt;</source>
        <translation>&lt;i&gt;fecha desconocida&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1 · EDTF %2</source>
        <translation>%1 · EDTF %2</translation>
    </message>
    <message>
        <source>Select a passage in a source first, then add it as evidence.</source>
        <translation>Seleccione primero un pasaje en una fuente y luego añádalo como pasaje citado.</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Añadir participante</translation>
    </message>
    <message>
        <source>Entity:</source>
        <translation>Entidad:</translation>
    </message>
    <message>
        <source>Role in this event (optional):</source>
        <translation>Papel en este evento (opcional):</translation>
    </message>
    <message>
        <source>Participant role</source>
        <translation>Papel del participante</translation>
    </message>
    <message>
        <source>Role in this event:</source>
        <translation>Papel en este evento:</translation>
    </message>
    <message>
        <source>Event %1 · changed %2</source>
        <translation>Evento %1 · modificado %2</translation>
    </message>
    <message>
        <source>Cannot read the source: %1</source>
        <translation>No se puede leer la fuente: %1</translation>
    </message>
    <message>
        <source>(from “%1”, against %2)</source>
        <translation>(de «%1», respecto de %2)</translation>
    </message>
    <message>
        <source>(from “%1”)</source>
        <translation>(de «%1»)</translation>
    </message>
    <message>
        <source> · changed %1</source>
        <translation> · modificado %1</translation>
    </message>
</context>
<context>
    <name>annalist::ExportDialog</name>
    <message>
        <source>PDF report</source>
        <translation>Informe PDF</translation>
    </message>
    <message>
        <source>CSV table (spreadsheets)</source>
        <translation>Tabla CSV (hojas de cálculo)</translation>
    </message>
    <message>
        <source>TimelineJS3 JSON</source>
        <translation>JSON de TimelineJS3</translation>
    </message>
    <message>
        <source>iCalendar (calendars)</source>
        <translation>iCalendar (calendarios)</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>Página HTML</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>OpenDocument text (word processors)</source>
        <translation>Texto OpenDocument (procesadores de texto)</translation>
    </message>
    <message>
        <source>brat standoff annotations (folder)</source>
        <translation>Anotaciones standoff de brat (carpeta)</translation>
    </message>
    <message>
        <source>Start with a byte order mark, for spreadsheet programs</source>
        <translation>Empezar con una marca de orden de bytes (BOM), para programas de hojas de cálculo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export Chronology</source>
        <translation>Exportar cronología</translation>
    </message>
    <message>
        <source>What to write: a typeset report, a table, a calendar, a timeline or annotations</source>
        <translation>Qué escribir: un informe maquetado, una tabla, un calendario, una línea de tiempo o anotaciones</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Only the events these filters let through are exported.</source>
        <translation>Solo se exportan los eventos que dejan pasar estos filtros.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Your name, for the title page</source>
        <translation>Su nombre, para la portada</translation>
    </message>
    <message>
        <source>e.g. RESTRICTED — not for onward release</source>
        <translation>p. ej., RESTRINGIDO — no difundir a terceros</translation>
    </message>
    <message>
        <source>A handling line for the title page and the foot of every page; empty for none</source>
        <translation>Una línea de difusión para la portada y el pie de cada página; déjela vacía si no la necesita</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Analyst:</source>
        <translation>&amp;Analista:</translation>
    </message>
    <message>
        <source>&amp;Handling:</source>
        <translation>&amp;Difusión:</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>Tamaño de &amp;página:</translation>
    </message>
    <message>
        <source>Title page</source>
        <translation>Portada</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Tabla de contenido</translation>
    </message>
    <message>
        <source>Timeline figure</source>
        <translation>Gráfico de la línea de tiempo</translation>
    </message>
    <message>
        <source>Source appendix</source>
        <translation>Apéndice de fuentes</translation>
    </message>
    <message>
        <source>Entity index</source>
        <translation>Índice de entidades</translation>
    </message>
    <message>
        <source>Parts:</source>
        <translation>Partes:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>&amp;Export to Folder…</source>
        <translation>&amp;Exportar a carpeta…</translation>
    </message>
    <message>
        <source>The chronology could not be read: %1</source>
        <translation>No se pudo leer la cronología: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation>%1 de %2 eventos</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>The sources these events quote have no confirmed names yet, so their .ann files would be empty. Confirm names in the reader first.</source>
        <translation>Las fuentes que citan estos eventos aún no tienen nombres confirmados, así que sus archivos .ann quedarían vacíos. Confirme primero los nombres en el lector.</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n fuente</numerusform>
            <numerusform>%n fuentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n annotation file(s)</source>
        <translation>
            <numerusform>%1 de %n archivo de anotaciones</numerusform>
            <numerusform>%1 de %n archivos de anotaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>first %1 of %2 shown</source>
        <translation>se muestran los primeros %1 de %2</translation>
    </message>
    <message>
        <source>Export brat Annotations to Folder</source>
        <translation>Exportar anotaciones brat a una carpeta</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1 (%2).</source>
        <translation>
            <numerusform>Se exportó %n evento a %1 (%2).</numerusform>
            <numerusform>Se exportaron %n eventos a %1 (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) without both a start and an end could not be written.</source>
        <translation>
            <numerusform>No se pudo escribir %n evento sin inicio y fin definidos.</numerusform>
            <numerusform>No se pudieron escribir %n eventos sin inicio y fin definidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written to %1.</source>
        <translation>Exportación cancelada; no se escribió nada en %1.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Mostrar carpeta</translation>
    </message>
    <message>
        <source>Whole Page</source>
        <translation>Página completa</translation>
    </message>
    <message>
        <source>Page Width</source>
        <translation>Ancho de página</translation>
    </message>
    <message>
        <source>Facing Pages</source>
        <translation>Páginas enfrentadas</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Link chart</source>
        <translation>Gráfico de vínculos</translation>
    </message>
    <message>
        <source>Say who last changed each event and passage, and when</source>
        <translation>Indicar quién modificó por última vez cada evento y pasaje, y cuándo</translation>
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
    <name>annalist::ImportChronologyCommand</name>
    <message>
        <source>Import chronology %1</source>
        <translation>Importar la cronología %1</translation>
    </message>
</context>
<context>
    <name>annalist::ImportProgress</name>
    <message>
        <source>Analyse New Sources on &amp;Import</source>
        <translation>Analizar las fuentes nuevas al &amp;importar</translation>
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
        <source>Importing %v of %m</source>
        <translation>Importando %v de %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the import; the sources imported so far are kept.</source>
        <translation>Detener la importación; se conservan las fuentes importadas hasta ahora.</translation>
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
        <source>No project open</source>
        <translation>No hay ningún proyecto abierto</translation>
    </message>
    <message>
        <source>Open or create a project before importing sources.</source>
        <translation>Abra o cree un proyecto antes de importar fuentes.</translation>
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
        <source>Select the sources to analyse in the library first.</source>
        <translation>Seleccione primero en la biblioteca las fuentes que quiere analizar.</translation>
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
        <source>The analysis stopped</source>
        <translation>El análisis se detuvo</translation>
    </message>
    <message>
        <source>Proposed %1 mentions and %2 time expressions.</source>
        <translation>Se propusieron %1 menciones y %2 expresiones temporales.</translation>
    </message>
    <message>
        <source>The analysis was cancelled; the sources analysed before that keep their proposals.</source>
        <translation>El análisis se canceló; las fuentes analizadas hasta entonces conservan sus propuestas.</translation>
    </message>
    <message>
        <source>Analysing %v of %m</source>
        <translation>Analizando %v de %m</translation>
    </message>
    <message>
        <source>Cannot tell which sources still need analysis</source>
        <translation>No se puede saber qué fuentes necesitan aún análisis</translation>
    </message>
</context>
<context>
    <name>annalist::ImportRolesCommand</name>
    <message>
        <source>Import roles table</source>
        <translation>Importar la tabla de cargos</translation>
    </message>
</context>
<context>
    <name>annalist::LibraryPanel</name>
    <message>
        <source>Filter sources…</source>
        <translation>Filtrar fuentes…</translation>
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
        <source>Date from Titles…</source>
        <translation>Datar por los títulos…</translation>
    </message>
    <message>
        <source>Infer when the selected sources were written from the titles they give people</source>
        <translation>Deducir cuándo se escribieron las fuentes seleccionadas a partir de los títulos que dan a las personas</translation>
    </message>
    <message>
        <source>Set reliability grade</source>
        <translation>Asignar fiabilidad</translation>
    </message>
</context>
<context>
    <name>annalist::MainWindow</name>
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
        <source>Open &amp;Sample Project</source>
        <translation>Abrir proyecto de &amp;ejemplo</translation>
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
        <source>Cannot create project</source>
        <translation>No se puede crear el proyecto</translation>
    </message>
    <message>
        <source>Cannot create the sample project</source>
        <translation>No se puede crear el proyecto de ejemplo</translation>
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
        <source>Open a project with File ▸ Open Project, or create one with File ▸ New Project.</source>
        <translation>Abra un proyecto con Archivo ▸ Abrir proyecto, o cree uno con Archivo ▸ Nuevo proyecto.</translation>
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
        <source>Open in &amp;New Pane</source>
        <translation>Abrir en un panel &amp;nuevo</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>El cambio no se guardó</translation>
    </message>
    <message>
        <source>Sources: %1 · Entities: %2 · Mentions: %3 · Select text and press P, O, L, T or E</source>
        <translation>Fuentes: %1 · Entidades: %2 · Menciones: %3 · Seleccione texto y pulse P, O, L, T o E</translation>
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
        <source>Se&amp;ttings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Open &amp;Team Project…</source>
        <translation>Abrir proyecto de &amp;equipo…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Nothing can be changed.</source>
        <translation>No se puede cambiar nada.</translation>
    </message>
    <message>
        <source>Cannot count the mentions: %1</source>
        <translation>No se pueden contar las menciones: %1</translation>
    </message>
    <message>
        <source>Cannot read the entity types: %1</source>
        <translation>No se pueden leer los tipos de entidad: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 (read-only) — Annalist</source>
        <translation>%1 (solo lectura) — Annalist</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Solo lectura: %1</translation>
    </message>
    <message>
        <source>Cannot count what the project holds: %1</source>
        <translation>No se puede contar lo que contiene el proyecto: %1</translation>
    </message>
    <message>
        <source>Connection to the server of %1 lost; reconnecting. Nothing can be changed until it is back</source>
        <translation>Se ha perdido la conexión con el servidor de %1; reconectando. No se puede cambiar nada hasta que vuelva</translation>
    </message>
    <message>
        <source>Connected to the server of %1 again; what others changed meanwhile is shown.</source>
        <translation>De nuevo conectado al servidor de %1; se muestra lo que otros han cambiado entretanto.</translation>
    </message>
    <message>
        <source>Save a &amp;Local Copy…</source>
        <translation>Guardar una copia &amp;local…</translation>
    </message>
    <message>
        <source>P&amp;ublish to Team Server…</source>
        <translation>Pu&amp;blicar en el servidor del equipo…</translation>
    </message>
    <message>
        <source>Save a Local Copy</source>
        <translation>Guardar una copia local</translation>
    </message>
    <message>
        <source>Cannot save a copy of the project</source>
        <translation>No se puede guardar una copia del proyecto</translation>
    </message>
    <message>
        <source>Publish to Team Server</source>
        <translation>Publicar en el servidor del equipo</translation>
    </message>
    <message>
        <source>The project is on the team server now. Open the team project?</source>
        <translation>El proyecto ya está en el servidor del equipo. ¿Abrir el proyecto de equipo?</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>No hay ningún proyecto abierto.</translation>
    </message>
    <message>
        <source>%1 is not a file name.</source>
        <translation>%1 no es un nombre de archivo.</translation>
    </message>
    <message>
        <source>Cannot publish the project</source>
        <translation>No se puede publicar el proyecto</translation>
    </message>
    <message>
        <source>The project is on a team server already.</source>
        <translation>El proyecto ya está en un servidor de equipo.</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2.</source>
        <translation>No se ha podido conectar con %1: %2.</translation>
    </message>
    <message>
        <source>Copied %L1 rows to %2.</source>
        <translation>Se han copiado %L1 filas en %2.</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing of it was kept.</source>
        <translation>Se ha cancelado la copia; no se ha conservado nada de ella.</translation>
    </message>
    <message>
        <source>Could not copy the project to %1: %2.</source>
        <translation>No se ha podido copiar el proyecto en %1: %2.</translation>
    </message>
    <message>
        <source>Publishing needs an empty database: ask the server&apos;s administrator for one.</source>
        <translation>Para publicar hace falta una base de datos vacía: pídasela al administrador del servidor.</translation>
    </message>
    <message>
        <source>Could not check %1 for damage: %2</source>
        <translation>No se pudo comprobar si %1 está dañado: %2</translation>
    </message>
    <message>
        <source>%1 was checked for damage: none found.</source>
        <translation>Se comprobó si %1 está dañado: no se encontró ningún daño.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). It is read-only from now on, so that nothing more is written to it; copy out what you need and restore it from a backup</source>
        <translation>%1 está dañado (%2). Desde ahora es de solo lectura, para que no se escriba nada más en él; copie lo que necesite y restáurelo desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Project damaged</source>
        <translation>Proyecto dañado</translation>
    </message>
    <message>
        <source>Checking %1 for damage in the background…</source>
        <translation>Comprobando en segundo plano si %1 está dañado…</translation>
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
    <name>annalist::OriginalView</name>
    <message>
        <source>The original file is not text (%1, %2); the Text tab shows the text taken from it.</source>
        <translation>El archivo original no es de texto (%1, %2); la pestaña Texto muestra el texto extraído de él.</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>tipo desconocido</translation>
    </message>
</context>
<context>
    <name>annalist::PaneActions</name>
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
</context>
<context>
    <name>annalist::PasswordKeyring</name>
    <message>
        <source>This build of Annalist cannot use the desktop keyring.</source>
        <translation>Esta versión de Annalist no puede usar el llavero del escritorio.</translation>
    </message>
    <message>
        <source>The desktop keyring refused: %1</source>
        <translation>El llavero del escritorio se negó: %1</translation>
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
        <translation>%1: no se pudo guardar (%2)</translation>
    </message>
    <message>
        <source>%1 changed it at %2, after your edit; undoing your edit would overwrite theirs, so it stays as they left it</source>
        <translation>%1 lo cambió a las %2, después de su edición; deshacerla sobrescribiría ese cambio, así que se queda como %1 lo dejó</translation>
    </message>
    <message>
        <source>%1 changed it at %2, after you undid your edit; doing it again would overwrite theirs, so it stays as they left it</source>
        <translation>%1 lo cambió a las %2, después de que usted deshiciera su edición; rehacerla sobrescribiría ese cambio, así que se queda como %1 lo dejó</translation>
    </message>
    <message>
        <source>%1 changed it at %2, after your window showed it: %3. Nothing of theirs was overwritten; look, then decide again</source>
        <translation>%1 lo cambió a las %2, después de que su ventana lo mostrara: %3. No se sobrescribió nada de lo suyo; revíselo y decida de nuevo</translation>
    </message>
</context>
<context>
    <name>annalist::ProjectCopyProgress</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Copying the Project</source>
        <translation>Copia del proyecto</translation>
    </message>
    <message>
        <source>Copying %1 to %2…</source>
        <translation>Copiando %1 en %2…</translation>
    </message>
    <message>
        <source>a copy is already running</source>
        <translation>ya hay una copia en curso</translation>
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
    <name>annalist::RecentProjectsMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
</context>
<context>
    <name>annalist::RemoveEventCommand</name>
    <message>
        <source>Remove event</source>
        <translation>Quitar evento</translation>
    </message>
    <message>
        <source>Remove event “%1”</source>
        <translation>Quitar el evento «%1»</translation>
    </message>
</context>
<context>
    <name>annalist::RemoveEvidenceCommand</name>
    <message>
        <source>Remove evidence</source>
        <translation>Quitar prueba</translation>
    </message>
    <message>
        <source>Remove evidence “%1”</source>
        <translation>Quitar la prueba «%1»</translation>
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
        <translation>Renombrar como «%1»</translation>
    </message>
    <message>
        <source>Rename %1 to “%2”</source>
        <translation>Renombrar %1 como «%2»</translation>
    </message>
    <message>
        <source>“%1” is now named “%2”</source>
        <translation>«%1» ahora se llama «%2»</translation>
    </message>
</context>
<context>
    <name>annalist::SearchDock</name>
    <message>
        <source>Search all sources (words, &quot;phrases&quot;, OR, NOT, prefix*)</source>
        <translation>Buscar en todas las fuentes (palabras, &quot;frases&quot;, OR, NOT, prefijo*)</translation>
    </message>
    <message>
        <source>No source contains &quot;%1&quot;.</source>
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
    <name>annalist::SetChronologyAnnotationCommand</name>
    <message>
        <source>Annotate “%1”</source>
        <translation>Anotar «%1»</translation>
    </message>
    <message>
        <source>Comment on “%1”</source>
        <translation>Comentar «%1»</translation>
    </message>
    <message>
        <source>Remove the highlight of “%1”</source>
        <translation>Quitar el resaltado de «%1»</translation>
    </message>
    <message>
        <source>Highlight “%1”</source>
        <translation>Resaltar «%1»</translation>
    </message>
    <message>
        <source>Annotate event</source>
        <translation>Anotar evento</translation>
    </message>
    <message>
        <source>“%1” now has no comment</source>
        <translation>«%1» ahora no tiene comentario</translation>
    </message>
    <message>
        <source>“%1” now has the comment “%2”</source>
        <translation>«%1» ahora tiene el comentario «%2»</translation>
    </message>
    <message>
        <source>“%1” is now not highlighted</source>
        <translation>«%1» ahora no está resaltado</translation>
    </message>
    <message>
        <source>“%1” is now highlighted in %2</source>
        <translation>«%1» ahora está resaltado en %2</translation>
    </message>
</context>
<context>
    <name>annalist::SetEntityAliasesCommand</name>
    <message>
        <source>Change aliases</source>
        <translation>Cambiar los alias</translation>
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
        <translation>Cambiar los cargos</translation>
    </message>
    <message>
        <source>Change roles of %1</source>
        <translation>Cambiar los cargos de %1</translation>
    </message>
    <message>
        <source>“%1” now has no roles</source>
        <translation>«%1» ahora no tiene cargos</translation>
    </message>
    <message>
        <source>the roles of “%1” are now: %2</source>
        <translation>los cargos de «%1» son ahora: %2</translation>
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
    <message>
        <source>“%1” now has the type %2</source>
        <translation>«%1» ahora es del tipo %2</translation>
    </message>
</context>
<context>
    <name>annalist::SetEvidenceNoteCommand</name>
    <message>
        <source>Remove note on evidence</source>
        <translation>Quitar la nota de la prueba</translation>
    </message>
    <message>
        <source>Note on evidence</source>
        <translation>Anotar la prueba</translation>
    </message>
    <message>
        <source>the passage now has no note</source>
        <translation>el pasaje ahora no tiene nota</translation>
    </message>
    <message>
        <source>the passage&apos;s note is now “%1”</source>
        <translation>la nota del pasaje es ahora «%1»</translation>
    </message>
</context>
<context>
    <name>annalist::SetEvidenceStanceCommand</name>
    <message>
        <source>Mark evidence as supporting</source>
        <translation>Marcar la prueba como a favor</translation>
    </message>
    <message>
        <source>Mark evidence as contradicting</source>
        <translation>Marcar la prueba como en contra</translation>
    </message>
    <message>
        <source>Mark evidence as a mention only</source>
        <translation>Marcar la prueba como simple mención</translation>
    </message>
    <message>
        <source>the passage is now marked as supporting</source>
        <translation>el pasaje está marcado ahora como a favor</translation>
    </message>
    <message>
        <source>the passage is now marked as contradicting</source>
        <translation>el pasaje está marcado ahora como en contra</translation>
    </message>
    <message>
        <source>the passage is now marked as a mention only</source>
        <translation>el pasaje está marcado ahora como simple mención</translation>
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
    <message>
        <source>“%1” is now linked to %2</source>
        <translation>«%1» ahora está vinculado a %2</translation>
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
    <message>
        <source>confirmed</source>
        <translation>confirmada</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>propuesta</translation>
    </message>
    <message>
        <source>“%1” is now %2</source>
        <translation>«%1» ahora está %2</translation>
    </message>
</context>
<context>
    <name>annalist::SetSourceGradeCommand</name>
    <message>
        <source>Remove source grade</source>
        <translation>Quitar la calificación de la fuente</translation>
    </message>
    <message>
        <source>Grade source %1</source>
        <translation>Calificar la fuente con %1</translation>
    </message>
    <message>
        <source>“%1” is now not graded</source>
        <translation>«%1» ahora no tiene grado</translation>
    </message>
    <message>
        <source>“%1” is now graded %2</source>
        <translation>«%1» ahora tiene el grado %2</translation>
    </message>
</context>
<context>
    <name>annalist::SetTimexStatusCommand</name>
    <message>
        <source>Accept the time “%1”</source>
        <translation>Aceptar la fecha «%1»</translation>
    </message>
    <message>
        <source>Reject the time “%1”</source>
        <translation>Rechazar la fecha «%1»</translation>
    </message>
    <message>
        <source>Reopen the time “%1”</source>
        <translation>Reabrir la fecha «%1»</translation>
    </message>
</context>
<context>
    <name>annalist::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Automatic (follows the desktop&apos;s light or dark palette)</source>
        <translation>Automático (sigue la paleta clara u oscura del escritorio)</translation>
    </message>
    <message>
        <source>Built-in (follows the desktop&apos;s light or dark palette)</source>
        <translation>Integrado (sigue la paleta clara u oscura del escritorio)</translation>
    </message>
    <message>
        <source>Colours of the reader&apos;s page, text and entity types, and of highlighted original files; themes from %1.</source>
        <translation>Colores de la página del lector, del texto y de los tipos de entidad, y de los archivos originales resaltados; temas de %1.</translation>
    </message>
    <message>
        <source>More colour themes and highlighted original files come with KDE Syntax-Highlighting, which this build of Annalist does not have.</source>
        <translation>Con KDE Syntax-Highlighting se obtienen más temas de color y el resaltado de los archivos originales, pero esta compilación de Annalist no lo incluye.</translation>
    </message>
    <message>
        <source>Colour &amp;theme:</source>
        <translation>&amp;Tema de color:</translation>
    </message>
    <message>
        <source>The reader&apos;s page and text in this theme.</source>
        <translation>La página y el texto del lector con este tema.</translation>
    </message>
</context>
<context>
    <name>annalist::SourceDatingDialog</name>
    <message>
        <source>&amp;Accept window as publication time</source>
        <translation>&amp;Aceptar el intervalo como fecha de publicación</translation>
    </message>
    <message>
        <source>Date Sources from Titles</source>
        <translation>Datar fuentes por los títulos</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Publication time</source>
        <translation>Fecha de publicación</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Escrita</translation>
    </message>
    <message>
        <source>Cannot read the entities: %1</source>
        <translation>No se pueden leer las entidades: %1</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>⚠ titles cannot all be right at one time</source>
        <translation>⚠ los títulos no pueden ser todos correctos a la vez</translation>
    </message>
    <message>
        <source>no titles that date it</source>
        <translation>ningún título permite datarla</translation>
    </message>
    <message>
        <source>The titles a source gives people tell when it was written, given who held which title when (the roles of the entities). %1 of %2 sources dated; %3 with titles that cannot all be right.</source>
        <translation>Los títulos que una fuente da a las personas indican cuándo se escribió, sabiendo quién ocupó cada título y cuándo (los cargos de las entidades). %1 de %2 fuentes datadas; %3 con títulos que no pueden ser todos correctos.</translation>
    </message>
    <message>
        <source>&lt;p&gt;It gives no one a title whose time is known. Add roles to entities (Entities dock) or import a roles table (Chronology ▸ Import Roles Table).&lt;/p&gt;</source>
        <translation>&lt;p&gt;No atribuye a nadie un título cuyas fechas se conozcan. Añada cargos a las entidades (panel Entidades) o importe una tabla de cargos (Cronología ▸ Importar tabla de cargos).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>It %1</source>
        <translation>La fuente %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;So it was written %1 (EDTF %2).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Por lo tanto, se escribió %1 (EDTF %2).&lt;/p&gt;</translation>
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
        <translation>%1 (expresado como «%2»)</translation>
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
        <translation>Publicada</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Menciones</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caracteres</translation>
    </message>
</context>
<context>
    <name>annalist::SourceTabs</name>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>The text of the source, to read and annotate (Ctrl+U switches)</source>
        <translation>El texto de la fuente, para leerlo y anotarlo (Ctrl+U cambia de pestaña)</translation>
    </message>
    <message>
        <source>The file as it was imported, with the markup and metadata the text leaves out (Ctrl+U switches)</source>
        <translation>El archivo tal como se importó, con el marcado y los metadatos que el texto omite (Ctrl+U cambia de pestaña)</translation>
    </message>
    <message>
        <source>Show the Original File</source>
        <translation>Mostrar el archivo original</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
</context>
<context>
    <name>annalist::TeamProjectDialog</name>
    <message>
        <source>&amp;Keep the password in the desktop keyring</source>
        <translation>&amp;Guardar la contraseña en el llavero del escritorio</translation>
    </message>
    <message>
        <source>Open Team Project</source>
        <translation>Abrir proyecto de equipo</translation>
    </message>
    <message>
        <source>A team project is a database on a PostgreSQL server that the team shares. Ask the team&apos;s owner for the database name and your user.</source>
        <translation>Un proyecto de equipo es una base de datos en un servidor PostgreSQL que comparte el equipo. Pida al propietario del equipo el nombre de la base de datos y su usuario.</translation>
    </message>
    <message>
        <source>host name, address or socket folder</source>
        <translation>nombre de host, dirección o carpeta del socket</translation>
    </message>
    <message>
        <source>Prefer encryption</source>
        <translation>Preferir cifrado</translation>
    </message>
    <message>
        <source>Require encryption</source>
        <translation>Exigir cifrado</translation>
    </message>
    <message>
        <source>Require encryption and a verified server</source>
        <translation>Exigir cifrado y un servidor verificado</translation>
    </message>
    <message>
        <source>No encryption</source>
        <translation>Sin cifrado</translation>
    </message>
    <message>
        <source>empty: PGPASSWORD or ~/.pgpass</source>
        <translation>vacía: PGPASSWORD o ~/.pgpass</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Conexión:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <source>Publish to Team Server</source>
        <translation>Publicar en el servidor del equipo</translation>
    </message>
    <message>
        <source>Publishing copies this project into a database on a PostgreSQL server, where the team shares it. The database must exist and be empty: ask the server&apos;s administrator to make one for you.</source>
        <translation>Al publicar, este proyecto se copia en una base de datos de un servidor PostgreSQL, donde el equipo lo comparte. La base de datos debe existir y estar vacía: pida al administrador del servidor que le cree una.</translation>
    </message>
</context>
<context>
    <name>annalist::TimeValueText</name>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>until %1 (inclusive)</source>
        <translation>hasta %1 (inclusive)</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>entre %1 y %2</translation>
    </message>
    <message>
        <source>c. %1</source>
        <translation>c. %1</translation>
    </message>
    <message>
        <source>until %1 (inclusive, uncertain)</source>
        <translation>hasta %1 (inclusive, incierto)</translation>
    </message>
    <message>
        <source>%1 (uncertain)</source>
        <translation>%1 (incierto)</translation>
    </message>
</context>
<context>
    <name>annalist::TimelinePanel</name>
    <message>
        <source>&amp;Lanes:</source>
        <translation>&amp;Carriles:</translation>
    </message>
    <message>
        <source>By theme</source>
        <translation>Por tema</translation>
    </message>
    <message>
        <source>By participant</source>
        <translation>Por participante</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom in (+ or the mouse wheel)</source>
        <translation>Acercar (+ o la rueda del ratón)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Alejar (-)</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Ajustar todo</translation>
    </message>
    <message>
        <source>Show every event (F)</source>
        <translation>Mostrar todos los eventos (F)</translation>
    </message>
    <message>
        <source>When reported</source>
        <translation>Cuándo se informó</translation>
    </message>
    <message>
        <source>Show when each source reported the event, to spot late or anticipatory reporting</source>
        <translation>Mostrar cuándo informó cada fuente sobre el evento, para detectar informaciones tardías o anticipadas</translation>
    </message>
</context>
<context>
    <name>annalist::TimelineView</name>
    <message>
        <source>No theme</source>
        <translation>Sin tema</translation>
    </message>
    <message>
        <source>No participants</source>
        <translation>Sin participantes</translation>
    </message>
    <message>
        <source>Event time</source>
        <translation>Fecha del evento</translation>
    </message>
    <message>
        <source>▲ reported by a source</source>
        <translation>▲ informado por una fuente</translation>
    </message>
    <message>
        <source>No events yet. Select a passage and press Ctrl+E to make one.</source>
        <translation>Aún no hay eventos. Seleccione un pasaje y pulse Ctrl+E para crear uno.</translation>
    </message>
    <message>
        <source>None of these events has a known time.</source>
        <translation>Ninguno de estos eventos tiene una fecha conocida.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) without a known time not shown</source>
        <translation>
            <numerusform>%n evento sin fecha conocida no se muestra</numerusform>
            <numerusform>%n eventos sin fecha conocida no se muestran</numerusform>
        </translation>
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
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>annalist::TypeVisibilityMenu</name>
    <message>
        <source>Show Entity &amp;Types</source>
        <translation>Mostrar &amp;tipos de entidad</translation>
    </message>
</context>
<context>
    <name>annalist::UpdateEventCommand</name>
    <message>
        <source>Rename event “%1”</source>
        <translation>Renombrar el evento «%1»</translation>
    </message>
    <message>
        <source>Change the kind of “%1”</source>
        <translation>Cambiar la clase de «%1»</translation>
    </message>
    <message>
        <source>Change the time of “%1”</source>
        <translation>Cambiar la fecha de «%1»</translation>
    </message>
    <message>
        <source>Change the place of “%1”</source>
        <translation>Cambiar el lugar de «%1»</translation>
    </message>
    <message>
        <source>Change the participants of “%1”</source>
        <translation>Cambiar los participantes de «%1»</translation>
    </message>
    <message>
        <source>Change the description of “%1”</source>
        <translation>Cambiar la descripción de «%1»</translation>
    </message>
    <message>
        <source>Change the assessment of “%1”</source>
        <translation>Cambiar la valoración de «%1»</translation>
    </message>
    <message>
        <source>Change the credibility of “%1”</source>
        <translation>Cambiar la credibilidad de «%1»</translation>
    </message>
    <message>
        <source>Change the lane of “%1”</source>
        <translation>Cambiar el carril de «%1»</translation>
    </message>
    <message>
        <source>Change the tags of “%1”</source>
        <translation>Cambiar las etiquetas de «%1»</translation>
    </message>
    <message>
        <source>Edit event “%1”</source>
        <translation>Editar el evento «%1»</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>otra persona</translation>
    </message>
    <message>
        <source>%1 changed the event at %2, after you read it; it is now “%3” (%4). Nothing of theirs was overwritten: look at their version, then edit again.</source>
        <translation>%1 cambió el evento a las %2, después de que usted lo leyera; ahora es «%3» (%4). No se sobrescribió nada de su versión: revísela y vuelva a editar.</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>sin fecha</translation>
    </message>
</context>
</TS>
