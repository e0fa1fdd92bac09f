<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>EventDesk::ChangesDialog</name>
    <message numerus="yes">
        <source>%n file(s) changed since the last version.</source>
        <translation>
            <numerusform>%n file changed since the last version.</numerusform>
            <numerusform>%n files changed since the last version.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Written to %1: %n file(s) and the patch %2.</source>
        <translation>
            <numerusform>Written to %1: %n file and the patch %2.</numerusform>
            <numerusform>Written to %1: %n files and the patch %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventDesk::CollectionSchema</name>
    <message numerus="yes">
        <source>the defaults declare &quot;%1&quot; (%2) but %n documents write &quot;%3&quot;</source>
        <extracomment>%1 the key the defaults declare, %2 how many write it (&quot;%n documents write it&quot;), %3 the key written</extracomment>
        <translation>
            <numerusform>the defaults declare &quot;%1&quot; (%2) but %n document writes &quot;%3&quot;</numerusform>
            <numerusform>the defaults declare &quot;%1&quot; (%2) but %n documents write &quot;%3&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the defaults declare &quot;%1&quot; (%2) but %n items write &quot;%3&quot;</source>
        <translation>
            <numerusform>the defaults declare &quot;%1&quot; (%2) but %n item writes &quot;%3&quot;</numerusform>
            <numerusform>the defaults declare &quot;%1&quot; (%2) but %n items write &quot;%3&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n documents write it</source>
        <translation>
            <numerusform>%n document writes it</numerusform>
            <numerusform>%n documents write it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items write it</source>
        <translation>
            <numerusform>%n item writes it</numerusform>
            <numerusform>%n items write it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>used by %n documents but not declared in the defaults</source>
        <translation>
            <numerusform>used by %n document but not declared in the defaults</numerusform>
            <numerusform>used by %n documents but not declared in the defaults</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>used by %n items but not declared in the defaults</source>
        <translation>
            <numerusform>used by %n item but not declared in the defaults</numerusform>
            <numerusform>used by %n items but not declared in the defaults</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventDesk::LinkChecker</name>
    <message numerus="yes">
        <source>could not verify: still rate limited (HTTP 429) after %n retries</source>
        <translation>
            <numerusform>could not verify: still rate limited (HTTP 429) after %n retry</numerusform>
            <numerusform>could not verify: still rate limited (HTTP 429) after %n retries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, still after %n retries</source>
        <translation>
            <numerusform>%1, still after %n retry</numerusform>
            <numerusform>%1, still after %n retries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %n redirects</source>
        <translation>
            <numerusform>more than %n redirect</numerusform>
            <numerusform>more than %n redirects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventDesk::MainWindow</name>
    <message numerus="yes">
        <source>%n error</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document has unsaved changes:
%1

Save it before going on?</source>
        <translation>
            <numerusform>%n document has unsaved changes:
%1

Save it before going on?</numerusform>
            <numerusform>%n documents have unsaved changes:
%1

Save them before going on?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n documents have unsaved changes:
%1

Save them before going on?</source>
        <translation>
            <numerusform>%n document has unsaved changes:
%1

Save it before going on?</numerusform>
            <numerusform>%n documents have unsaved changes:
%1

Save them before going on?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n documents</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link problem in %1.</source>
        <translation>
            <numerusform>%n link problem in %1.</numerusform>
            <numerusform>%n link problems in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link problems in %1.</source>
        <translation>
            <numerusform>%n link problem in %1.</numerusform>
            <numerusform>%n link problems in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventDesk::ProblemsPanel</name>
    <message numerus="yes">
        <source>%n error</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
</TS>
