<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>ChangeOutreachTemplateCommand</name>
    <message>
        <source>The template no longer exists.</source>
        <translation>Il modello non esiste più.</translation>
    </message>
</context>
<context>
    <name>ChangeTeamMemberCommand</name>
    <message>
        <source>This person is no longer in the team.</source>
        <translation>Questa persona non fa più parte del team.</translation>
    </message>
</context>
<context>
    <name>LogContactCommand</name>
    <message>
        <source>Log Contact</source>
        <translation>Registra contatto</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CampaignDesk</source>
        <translation>CampaignDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuovo…</translation>
    </message>
    <message>
        <source>Create an empty workbook</source>
        <translation>Crea una cartella di lavoro vuota</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Apri…</translation>
    </message>
    <message>
        <source>Open a workbook</source>
        <translation>Apri una cartella di lavoro</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>Close the workbook</source>
        <translation>Chiudi la cartella di lavoro</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
</context>
<context>
    <name>OutreachMails</name>
    <message>
        <source>To: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Oggetto: %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source> copy</source>
        <translation> copia</translation>
    </message>
    <message>
        <source>New Campaign "%1"</source>
        <translation>Nuova campagna "%1"</translation>
    </message>
    <message>
        <source>Apply Template "%1"</source>
        <translation>Applica modello "%1"</translation>
    </message>
</context>
<context>
    <name>cd::app::BriefExportAction</name>
    <message>
        <source>Export &amp;Brief PDF…</source>
        <translation>Esporta &amp;brief in PDF…</translation>
    </message>
    <message>
        <source>Save the campaign's brief and style guide as a one-page PDF for influencers</source>
        <translation>Salva il brief e la guida di stile della campagna in un PDF di una pagina per gli influencer</translation>
    </message>
    <message>
        <source>Save the selected campaign's brief and style guide as a one-page PDF to hand to influencers</source>
        <translation>Salva il brief e la guida di stile della campagna selezionata in un PDF di una pagina da consegnare agli influencer</translation>
    </message>
    <message>
        <source>Export Brief PDF</source>
        <translation>Esporta brief in PDF</translation>
    </message>
    <message>
        <source>Select a campaign first.</source>
        <translation>Seleziona prima una campagna.</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Impossibile esportare</translation>
    </message>
    <message>
        <source>The campaign no longer exists.</source>
        <translation>La campagna non esiste più.</translation>
    </message>
    <message>
        <source>The brief of %1 is empty — write it on the Brief tab first.</source>
        <translation>Il brief di %1 è vuoto: scrivilo prima nella scheda Brief.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Brief saved to %1</source>
        <translation>Brief salvato in %1</translation>
    </message>
    <message>
        <source>The brief was saved to %1.</source>
        <translation>Il brief è stato salvato in %1.</translation>
    </message>
    <message>
        <source>It is longer than one page: the PDF ends with “… (continued in CampaignDesk)”. Shorten it to print it all.</source>
        <translation>È più lungo di una pagina: il PDF termina con “… (continued in CampaignDesk)”. Accorcialo per stamparlo tutto.</translation>
    </message>
    <message>
        <source>Open it in your PDF viewer?</source>
        <translation>Aprirlo nel visualizzatore PDF?</translation>
    </message>
    <message>
        <source>Brief saved</source>
        <translation>Brief salvato</translation>
    </message>
</context>
<context>
    <name>cd::app::BriefView</name>
    <message>
        <source>Overview</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <source>Product names and spellings</source>
        <translation>Nomi dei prodotti e grafia</translation>
    </message>
    <message>
        <source>Required disclosures</source>
        <translation>Diciture obbligatorie</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>Messaggi chiave</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Da fare</translation>
    </message>
    <message>
        <source>Don't</source>
        <translation>Da non fare</translation>
    </message>
    <message>
        <source>Posting best practice</source>
        <translation>Buone pratiche di pubblicazione</translation>
    </message>
    <message>
        <source>The campaign in a few sentences: goal, audience, timing</source>
        <translation>La campagna in poche frasi: obiettivo, pubblico, tempi</translation>
    </message>
    <message>
        <source>- GlowSerum — one word, capital S</source>
        <translation>- GlowSerum — una parola, S maiuscola</translation>
    </message>
    <message>
        <source>- #ad at the start of the caption</source>
        <translation>- #ad all'inizio della didascalia</translation>
    </message>
    <message>
        <source>- SPF every day, also in town</source>
        <translation>- SPF ogni giorno, anche in città</translation>
    </message>
    <message>
        <source>- Show the product on skin in daylight</source>
        <translation>- Mostra il prodotto sulla pelle alla luce del giorno</translation>
    </message>
    <message>
        <source>- No medical claims</source>
        <translation>- Nessuna promessa medica</translation>
    </message>
    <message>
        <source>- Post between 18:00 and 21:00 local time</source>
        <translation>- Pubblica tra le 18:00 e le 21:00 ora locale</translation>
    </message>
    <message>
        <source>Check a Caption…</source>
        <translation>Controlla una didascalia…</translation>
    </message>
    <message>
        <source>Check a draft caption for the required hashtags and the product names' spellings</source>
        <translation>Controlla in una bozza di didascalia gli hashtag obbligatori e la grafia dei nomi dei prodotti</translation>
    </message>
    <message>
        <source>One point per line. Changes are saved as you type and can be undone.</source>
        <translation>Un punto per riga. Le modifiche si salvano mentre scrivi e si possono annullare.</translation>
    </message>
    <message>
        <source>Edit brief: %1</source>
        <translation>Modifica brief: %1</translation>
    </message>
</context>
<context>
    <name>cd::app::BudgetLineModel</name>
    <message>
        <source>Drawn from the contingency reserve</source>
        <translation>Attinto dalla riserva per imprevisti</translation>
    </message>
    <message>
        <source>%1 (contingency)</source>
        <translation>%1 (imprevisti)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Pianificato</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Impegnato</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagato</translation>
    </message>
</context>
<context>
    <name>cd::app::BudgetView</name>
    <message>
        <source>Budget %1 · planned %2 · committed %3 · signed contracts %4 · paid %5 · remaining %6</source>
        <translation>Budget %1 · pianificato %2 · impegnato %3 · contratti firmati %4 · pagato %5 · residuo %6</translation>
    </message>
    <message>
        <source> · OVER BUDGET</source>
        <translation> · FUORI BUDGET</translation>
    </message>
    <message>
        <source> · PLANNED OVER BUDGET</source>
        <translation> · PIANIFICATO OLTRE IL BUDGET</translation>
    </message>
    <message>
        <source>Contingency reserve %1 · drawn %2 (committed %3, paid %4) · left %5</source>
        <translation>Riserva per imprevisti %1 · utilizzata %2 (impegnata %3, pagata %4) · residua %5</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Planned (due)</source>
        <translation>Pianificato (in scadenza)</translation>
    </message>
    <message>
        <source>Committed (signed)</source>
        <translation>Impegnato (firmato)</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagato</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Influencer</translation>
    </message>
    <message>
        <source>Fees committed</source>
        <translation>Compensi impegnati</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Da pagare</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagamenti</translation>
    </message>
    <message>
        <source>Spend per month</source>
        <translation>Spesa per mese</translation>
    </message>
    <message>
        <source>Spend per influencer</source>
        <translation>Spesa per influencer</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Voci di budget</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;Aggiungi voce</translation>
    </message>
    <message>
        <source>&amp;Delete line</source>
        <translation>&amp;Elimina voce</translation>
    </message>
    <message>
        <source>Mark &amp;paid</source>
        <translation>Segna come &amp;pagato</translation>
    </message>
    <message>
        <source>Delete pa&amp;yment</source>
        <translation>Elimina pa&amp;gamento</translation>
    </message>
    <message>
        <source>&amp;Export payments…</source>
        <translation>Esp&amp;orta pagamenti…</translation>
    </message>
    <message>
        <source>Edit budget line</source>
        <translation>Modifica voce di budget</translation>
    </message>
    <message>
        <source>Edit payment</source>
        <translation>Modifica pagamento</translation>
    </message>
    <message>
        <source>Influencer #%1</source>
        <translation>Influencer n. %1</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Nuova voce</translation>
    </message>
    <message>
        <source>Add budget line</source>
        <translation>Aggiungi voce di budget</translation>
    </message>
    <message>
        <source>Delete budget line</source>
        <translation>Elimina voce di budget</translation>
    </message>
    <message>
        <source>Delete payment</source>
        <translation>Elimina pagamento</translation>
    </message>
    <message>
        <source>Mark payment paid</source>
        <translation>Segna pagamento come pagato</translation>
    </message>
    <message>
        <source>Export Payments</source>
        <translation>Esporta pagamenti</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>Add a line to the campaign's budget</source>
        <translation>Aggiungi una voce al budget della campagna</translation>
    </message>
    <message>
        <source>Delete the selected budget line</source>
        <translation>Elimina la voce di budget selezionata</translation>
    </message>
    <message>
        <source>No budget lines yet — Add line adds one: fees, production, paid media</source>
        <translation>Ancora nessuna voce di budget — Aggiungi voce ne aggiunge una: compensi, produzione, media a pagamento</translation>
    </message>
    <message>
        <source>Record the selected payment as paid today</source>
        <translation>Registra il pagamento selezionato come pagato oggi</translation>
    </message>
    <message>
        <source>Delete the selected payment</source>
        <translation>Elimina il pagamento selezionato</translation>
    </message>
    <message>
        <source>Save the campaign's payments as a CSV file (File ▸ Export Payments…)</source>
        <translation>Salva i pagamenti della campagna in un file CSV (File ▸ Esporta pagamenti…)</translation>
    </message>
    <message>
        <source>No payments yet — Sign a contract on the Contracts tab, then Create payments from terms</source>
        <translation>Ancora nessun pagamento — Firma un contratto nella scheda Contratti, poi Crea pagamenti dalle condizioni</translation>
    </message>
    <message>
        <source>No payments for the contracts of this person — My work ▸ Everyone shows them all</source>
        <translation>Nessun pagamento per i contratti di questa persona — Il mio lavoro ▸ Tutti li mostra tutti</translation>
    </message>
</context>
<context>
    <name>cd::app::CampaignActions</name>
    <message>
        <source>&amp;New Campaign…</source>
        <translation>&amp;Nuova campagna…</translation>
    </message>
    <message>
        <source>Add a campaign to the workbook, its plan from the default template, a template file or empty</source>
        <translation>Aggiungi una campagna alla cartella di lavoro, con il piano dal modello predefinito, da un file modello o vuoto</translation>
    </message>
    <message>
        <source>Add &amp;Default Template Tasks</source>
        <translation>Aggiungi attività del modello &amp;predefinito</translation>
    </message>
    <message>
        <source>Add the influencer-campaign template's phases and tasks to the selected campaign's plan</source>
        <translation>Aggiungi le fasi e le attività del modello di campagna influencer al piano della campagna selezionata</translation>
    </message>
    <message>
        <source>&amp;Apply Template File…</source>
        <translation>&amp;Applica file modello…</translation>
    </message>
    <message>
        <source>Add the tasks of a WBS template file to the selected campaign's plan</source>
        <translation>Aggiungi le attività di un file modello WBS al piano della campagna selezionata</translation>
    </message>
    <message>
        <source>&amp;Save Plan as Template…</source>
        <translation>&amp;Salva piano come modello…</translation>
    </message>
    <message>
        <source>Save the selected campaign's plan as a template file for other campaigns</source>
        <translation>Salva il piano della campagna selezionata come file modello per altre campagne</translation>
    </message>
    <message numerus="yes">
        <source>Added the campaign with %n task(s)</source>
        <translation><numerusform>Campagna aggiunta con %n attività</numerusform><numerusform>Campagna aggiunta con %n attività</numerusform></translation>
    </message>
    <message>
        <source>the default template</source>
        <translation>il modello predefinito</translation>
    </message>
    <message>
        <source>Apply Template File</source>
        <translation>Applica file modello</translation>
    </message>
    <message>
        <source>WBS templates (*.json);;All files (*)</source>
        <translation>Modelli WBS (*.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Apply Template</source>
        <translation>Applica modello</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>Impossibile usare %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Added %n task(s) from %1</source>
        <translation><numerusform>Aggiunta %n attività da %1</numerusform><numerusform>Aggiunte %n attività da %1</numerusform></translation>
    </message>
    <message>
        <source>Save Plan as Template</source>
        <translation>Salva piano come modello</translation>
    </message>
    <message>
        <source>This campaign has no plan yet: add tasks first.</source>
        <translation>Questa campagna non ha ancora un piano: aggiungi prima delle attività.</translation>
    </message>
    <message>
        <source>This plan cannot be saved as a template: %1</source>
        <translation>Impossibile salvare questo piano come modello: %1</translation>
    </message>
    <message>
        <source>WBS templates (*.json)</source>
        <translation>Modelli WBS (*.json)</translation>
    </message>
    <message>
        <source>Saved the plan as %1</source>
        <translation>Piano salvato come %1</translation>
    </message>
    <message>
        <source>&amp;Team…</source>
        <translation>&amp;Team…</translation>
    </message>
    <message>
        <source>The people of the team and their roles (strategy, creator management, analytics, operations)</source>
        <translation>Le persone del team e i loro ruoli (strategia, gestione creator, analisi, operazioni)</translation>
    </message>
</context>
<context>
    <name>cd::app::CampaignListModel</name>
    <message>
        <source>%1
Brand: %2
Status: %3
Dates: %4 – %5</source>
        <translation>%1
Brand: %2
Stato: %3
Date: %4 – %5</translation>
    </message>
</context>
<context>
    <name>cd::app::CampaignTabs</name>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Piano</translation>
    </message>
    <message>
        <source>&amp;Influencers</source>
        <translation>&amp;Influencer</translation>
    </message>
    <message>
        <source>&amp;Contracts</source>
        <translation>&amp;Contratti</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <source>Con&amp;tent</source>
        <translation>Con&amp;tenuti</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>Cannot show the campaign</source>
        <translation>Impossibile mostrare la campagna</translation>
    </message>
    <message>
        <source>&amp;My work:</source>
        <translation>Il &amp;mio lavoro:</translation>
    </message>
    <message>
        <source>Show one person's work on every tab: their tasks, their contracts and those influencers' payments and content</source>
        <translation>Mostra il lavoro di una persona in ogni scheda: le sue attività, i suoi contratti e i pagamenti e i contenuti di quegli influencer</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>B&amp;rief</source>
        <translation>B&amp;rief</translation>
    </message>
</context>
<context>
    <name>cd::app::CaptionCheckDialog</name>
    <message>
        <source>Check a Caption</source>
        <translation>Controlla una didascalia</translation>
    </message>
    <message>
        <source>Paste the caption of a draft post:</source>
        <translation>Incolla la didascalia di una bozza di post:</translation>
    </message>
    <message>
        <source>#ad Morning routine with SPF 50 Glow Fluid …</source>
        <translation>#ad Routine del mattino con SPF 50 Glow Fluid …</translation>
    </message>
    <message>
        <source>What goes against the brief:</source>
        <translation>Cosa non rispetta il brief:</translation>
    </message>
    <message>
        <source>Paste a caption to check it against the brief.</source>
        <translation>Incolla una didascalia per confrontarla con il brief.</translation>
    </message>
    <message>
        <source>No problems found: the required hashtags are there and the product names are spelt as in the brief.</source>
        <translation>Nessun problema: gli hashtag obbligatori ci sono e i nomi dei prodotti sono scritti come nel brief.</translation>
    </message>
    <message>
        <source>• Missing disclosure: %1</source>
        <translation>• Manca la dicitura: %1</translation>
    </message>
    <message>
        <source>• Write “%1”, not “%2”</source>
        <translation>• Scrivi “%1”, non “%2”</translation>
    </message>
</context>
<context>
    <name>cd::app::ContentTableModel</name>
    <message>
        <source>Influencer #%1</source>
        <translation>Influencer n. %1</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Influencer</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Piattaforma</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Pianificato</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Pubblicato</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approvazione</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Copertura</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Mi piace</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commenti</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Condivisioni</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>Salvataggi</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clic</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversioni</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ricavi</translation>
    </message>
    <message>
        <source>Brand mentions</source>
        <translation>Menzioni del brand</translation>
    </message>
</context>
<context>
    <name>cd::app::ContentView</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Aggiungi</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>Edit content</source>
        <translation>Modifica contenuto</translation>
    </message>
    <message>
        <source>“%1” is not a valid value for %2.</source>
        <translation>“%1” non è un valore valido per %2.</translation>
    </message>
    <message>
        <source>Edit content %1</source>
        <translation>Modifica contenuto %1</translation>
    </message>
    <message>
        <source>%1 items, %2 published</source>
        <translation>%1 contenuti, %2 pubblicati</translation>
    </message>
    <message>
        <source>Add content</source>
        <translation>Aggiungi contenuto</translation>
    </message>
    <message>
        <source>Delete the selected content item?</source>
        <translation>Eliminare il contenuto selezionato?</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Eliminare “%1”?</translation>
    </message>
    <message>
        <source>Delete the %1 selected content items?</source>
        <translation>Eliminare i %1 contenuti selezionati?</translation>
    </message>
    <message>
        <source>Delete content</source>
        <translation>Elimina contenuto</translation>
    </message>
    <message>
        <source>Delete %1 content items</source>
        <translation>Elimina %1 contenuti</translation>
    </message>
    <message>
        <source>Add a piece of content to the campaign</source>
        <translation>Aggiungi un contenuto alla campagna</translation>
    </message>
    <message>
        <source>Delete the selected content</source>
        <translation>Elimina il contenuto selezionato</translation>
    </message>
    <message>
        <source>No content yet — Add a post (Add, %1) or import a CSV with campaigndesk-cli import-content</source>
        <translation>Ancora nessun contenuto — Aggiungi un post (Aggiungi, %1) o importa un CSV con campaigndesk-cli import-content</translation>
    </message>
</context>
<context>
    <name>cd::app::ContractDetailPanel</name>
    <message>
        <source>No warnings.</source>
        <translation>Nessun avviso.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-GG</translation>
    </message>
    <message>
        <source>Change contract status</source>
        <translation>Cambia stato del contratto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Change signature date</source>
        <translation>Cambia data di firma</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Firmato il</translation>
    </message>
    <message>
        <source>Change contract scope</source>
        <translation>Cambia ambito del contratto</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ambito</translation>
    </message>
    <message>
        <source>Change compensation model</source>
        <translation>Cambia modello di compenso</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Tipo di compenso</translation>
    </message>
    <message>
        <source>Change fee</source>
        <translation>Cambia compenso</translation>
    </message>
    <message>
        <source>Fee / base</source>
        <translation>Compenso / base</translation>
    </message>
    <message>
        <source>Change performance basis</source>
        <translation>Cambia base della performance</translation>
    </message>
    <message>
        <source>Performance basis</source>
        <translation>Base della performance</translation>
    </message>
    <message>
        <source>Change performance rate</source>
        <translation>Cambia tariffa a performance</translation>
    </message>
    <message>
        <source>Rate per conversion/click</source>
        <translation>Tariffa per conversione/clic</translation>
    </message>
    <message>
        <source>Change revenue share</source>
        <translation>Cambia quota sui ricavi</translation>
    </message>
    <message>
        <source>Revenue share %</source>
        <translation>Quota sui ricavi %</translation>
    </message>
    <message>
        <source>Change bonus</source>
        <translation>Cambia bonus</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>Change bonus threshold</source>
        <translation>Cambia soglia del bonus</translation>
    </message>
    <message>
        <source>Bonus threshold</source>
        <translation>Soglia del bonus</translation>
    </message>
    <message>
        <source>Change product value</source>
        <translation>Cambia valore dei prodotti</translation>
    </message>
    <message>
        <source>Product value</source>
        <translation>Valore dei prodotti</translation>
    </message>
    <message>
        <source>Change upfront share</source>
        <translation>Cambia quota anticipata</translation>
    </message>
    <message>
        <source>Upfront</source>
        <translation>Anticipo</translation>
    </message>
    <message>
        <source>Rest paid on delivery</source>
        <translation>Saldo alla consegna</translation>
    </message>
    <message>
        <source>Change payment terms</source>
        <translation>Cambia termini di pagamento</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>Payment net</source>
        <translation>Pagamento a</translation>
    </message>
    <message>
        <source>Category, e.g. skincare</source>
        <translation>Categoria, ad es. skincare</translation>
    </message>
    <message>
        <source>Change exclusivity</source>
        <translation>Cambia esclusiva</translation>
    </message>
    <message>
        <source>Exclusivity</source>
        <translation>Esclusiva</translation>
    </message>
    <message>
        <source>Change exclusivity window</source>
        <translation>Cambia periodo di esclusiva</translation>
    </message>
    <message>
        <source>Exclusive from</source>
        <translation>Esclusiva dal</translation>
    </message>
    <message>
        <source>Exclusive until</source>
        <translation>Esclusiva fino al</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mesi</translation>
    </message>
    <message>
        <source>Change usage rights</source>
        <translation>Cambia diritti di utilizzo</translation>
    </message>
    <message>
        <source>Usage rights</source>
        <translation>Diritti di utilizzo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Fee due</source>
        <translation>Compenso dovuto</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avvisi</translation>
    </message>
    <message>
        <source>Change contract notes</source>
        <translation>Cambia note del contratto</translation>
    </message>
    <message>
        <source>Select a contract to see its terms.</source>
        <translation>Seleziona un contratto per vederne le condizioni.</translation>
    </message>
    <message>
        <source> (plus products worth %1)</source>
        <translation> (più prodotti del valore di %1)</translation>
    </message>
    <message>
        <source>The person of the team who looks after this contract (Campaign ▸ Team… lists the team)</source>
        <translation>La persona del team che segue questo contratto (Campagna ▸ Team… elenca il team)</translation>
    </message>
    <message>
        <source>Change who looks after the contract</source>
        <translation>Cambia chi segue il contratto</translation>
    </message>
    <message>
        <source>Looked after by</source>
        <translation>Seguito da</translation>
    </message>
</context>
<context>
    <name>cd::app::ContractItemsEditor</name>
    <message>
        <source>Content</source>
        <translation>Contenuto</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Piattaforma</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qtà</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articoli</translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation>Taglie</translation>
    </message>
    <message>
        <source>Spares</source>
        <translation>Ricambi</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Spedito</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ricevuto</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Deliverable</translation>
    </message>
    <message>
        <source>Product shipments</source>
        <translation>Spedizioni di prodotti</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Edit deliverable</source>
        <translation>Modifica deliverable</translation>
    </message>
    <message>
        <source>Edit shipment</source>
        <translation>Modifica spedizione</translation>
    </message>
    <message>
        <source>Add deliverable</source>
        <translation>Aggiungi deliverable</translation>
    </message>
    <message>
        <source>Remove deliverable</source>
        <translation>Rimuovi deliverable</translation>
    </message>
    <message>
        <source>Add shipment</source>
        <translation>Aggiungi spedizione</translation>
    </message>
    <message>
        <source>Remove shipment</source>
        <translation>Rimuovi spedizione</translation>
    </message>
    <message>
        <source>Add a row to this list</source>
        <translation>Aggiungi una riga a questo elenco</translation>
    </message>
    <message>
        <source>Remove the selected row from this list</source>
        <translation>Rimuovi la riga selezionata da questo elenco</translation>
    </message>
</context>
<context>
    <name>cd::app::ContractTableModel</name>
    <message>
        <source>%1 × %2 on %3</source>
        <translation>%1 × %2 su %3</translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation>, scadenza %1</translation>
    </message>
    <message>
        <source>Influencer #%1</source>
        <translation>Influencer n. %1</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Influencer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmato</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Tipo di compenso</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Compenso</translation>
    </message>
    <message>
        <source>Fee due</source>
        <translation>Compenso dovuto</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avvisi</translation>
    </message>
    <message>
        <source>Upfront</source>
        <translation>Anticipo</translation>
    </message>
    <message>
        <source>Exclusivity</source>
        <translation>Esclusiva</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Deliverable</translation>
    </message>
    <message>
        <source>Looked after by</source>
        <translation>Seguito da</translation>
    </message>
</context>
<context>
    <name>cd::app::ContractsView</name>
    <message>
        <source>&amp;New contract…</source>
        <translation>&amp;Nuovo contratto…</translation>
    </message>
    <message>
        <source>Add a draft contract with an influencer of the roster</source>
        <translation>Aggiungi una bozza di contratto con un influencer dell'elenco</translation>
    </message>
    <message>
        <source>&amp;Delete contract</source>
        <translation>&amp;Elimina contratto</translation>
    </message>
    <message>
        <source>Delete the selected contract and its payments</source>
        <translation>Elimina il contratto selezionato e i suoi pagamenti</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <source>Mark the selected contract signed today</source>
        <translation>Segna il contratto selezionato come firmato oggi</translation>
    </message>
    <message>
        <source>Create &amp;payments from terms</source>
        <translation>Crea &amp;pagamenti dalle condizioni</translation>
    </message>
    <message>
        <source>Edit contract</source>
        <translation>Modifica contratto</translation>
    </message>
    <message>
        <source>%1 contracts, %2 signed</source>
        <translation>%1 contratti, %2 firmati</translation>
    </message>
    <message>
        <source>Sign contract</source>
        <translation>Firma contratto</translation>
    </message>
    <message>
        <source>Create payments</source>
        <translation>Crea pagamenti</translation>
    </message>
    <message>
        <source>The contract's terms call for no cash payments.</source>
        <translation>Le condizioni del contratto non prevedono pagamenti in denaro.</translation>
    </message>
    <message>
        <source>Create payments from terms</source>
        <translation>Crea pagamenti dalle condizioni</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>Nuovo contratto</translation>
    </message>
    <message>
        <source>Contract with:</source>
        <translation>Contratto con:</translation>
    </message>
    <message>
        <source>Every influencer of the roster already has a contract in this campaign.</source>
        <translation>Ogni influencer dell'elenco ha già un contratto in questa campagna.</translation>
    </message>
    <message>
        <source>Delete the contract with %1?</source>
        <translation>Eliminare il contratto con %1?</translation>
    </message>
    <message>
        <source>Its %1 payment(s), %2 of them paid, are deleted with it.</source>
        <translation>Vengono eliminati anche i suoi %1 pagamenti, di cui %2 pagati.</translation>
    </message>
    <message>
        <source>Undo brings everything back.</source>
        <translation>Annulla ripristina tutto.</translation>
    </message>
    <message>
        <source>Delete contract</source>
        <translation>Elimina contratto</translation>
    </message>
    <message>
        <source>Delete contract with %1</source>
        <translation>Elimina contratto con %1</translation>
    </message>
    <message>
        <source>Add the payments that the selected contract's terms call for to the Budget tab</source>
        <translation>Aggiungi alla scheda Budget i pagamenti previsti dalle condizioni del contratto selezionato</translation>
    </message>
    <message>
        <source>No contracts yet — New contract… adds a draft with an influencer of the roster</source>
        <translation>Ancora nessun contratto — Nuovo contratto… aggiunge una bozza con un influencer dell'elenco</translation>
    </message>
    <message>
        <source>None of these contracts is looked after by %1 — My work ▸ Everyone shows them all</source>
        <translation>Nessuno di questi contratti è seguito da %1 — Il mio lavoro ▸ Tutti li mostra tutti</translation>
    </message>
</context>
<context>
    <name>cd::app::DashboardCharts</name>
    <message>
        <source>Engagements and reach per week</source>
        <translation>Interazioni e copertura per settimana</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Copertura</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Interazioni</translation>
    </message>
    <message>
        <source>Engagements and reach per week: nothing published</source>
        <translation>Interazioni e copertura per settimana: nulla di pubblicato</translation>
    </message>
    <message>
        <source>Spend against budget (%1): %2 paid</source>
        <translation>Spesa rispetto al budget (%1): %2 pagati</translation>
    </message>
    <message>
        <source>Spend against budget (no budget set)</source>
        <translation>Spesa rispetto al budget (nessun budget impostato)</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Tutte le categorie</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Pianificato</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Impegnato</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagato</translation>
    </message>
    <message>
        <source>Top influencers by engagements</source>
        <translation>Influencer migliori per interazioni</translation>
    </message>
    <message>
        <source>Progress by WBS phase</source>
        <translation>Avanzamento per fase WBS</translation>
    </message>
    <message numerus="yes">
        <source> (%n late)</source>
        <translation><numerusform> (%n in ritardo)</numerusform><numerusform> (%n in ritardo)</numerusform></translation>
    </message>
    <message>
        <source>% complete</source>
        <translation>% completato</translation>
    </message>
</context>
<context>
    <name>cd::app::DashboardView</name>
    <message>
        <source>Impressions</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Copertura</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Interazioni</translation>
    </message>
    <message>
        <source>Engagement rate</source>
        <translation>Tasso di engagement</translation>
    </message>
    <message>
        <source>Click-through rate</source>
        <translation>Tasso di clic (CTR)</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversioni</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ricavi</translation>
    </message>
    <message>
        <source>ROAS</source>
        <translation>ROAS</translation>
    </message>
    <message>
        <source>Cost per engagement</source>
        <translation>Costo per interazione</translation>
    </message>
    <message>
        <source>Budget used</source>
        <translation>Budget utilizzato</translation>
    </message>
    <message>
        <source>Posts published</source>
        <translation>Post pubblicati</translation>
    </message>
    <message>
        <source>Plan complete</source>
        <translation>Piano completato</translation>
    </message>
    <message>
        <source>no KPI targets set</source>
        <translation>nessun obiettivo KPI impostato</translation>
    </message>
    <message>
        <source>targets: %1 met · %2 on track · %3 at risk</source>
        <translation>obiettivi: %1 raggiunti · %2 in linea · %3 a rischio</translation>
    </message>
    <message>
        <source>Only content dated from</source>
        <translation>Solo contenuti datati dal</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>dal %1 al %2</translation>
    </message>
    <message>
        <source>no campaign dates</source>
        <translation>nessuna data della campagna</translation>
    </message>
    <message>
        <source>%1 · as of %2 · %3</source>
        <translation>%1 · al %2 · %3</translation>
    </message>
    <message>
        <source>The KPIs cannot be read: %1</source>
        <translation>Impossibile leggere i KPI: %1</translation>
    </message>
    <message>
        <source>Count only the content dated between these two dates</source>
        <translation>Conta solo i contenuti con data compresa tra queste due date</translation>
    </message>
    <message>
        <source>No results yet — Add the campaign's posts and their metrics on the Content tab; the KPIs and charts fill in from there</source>
        <translation>Ancora nessun risultato — Aggiungi i post della campagna e le loro metriche nella scheda Contenuti; KPI e grafici si riempiono da lì</translation>
    </message>
    <message>
        <source>%1 open task</source>
        <translation>%1 attività aperta</translation>
    </message>
    <message>
        <source>%1 open tasks</source>
        <translation>%1 attività aperte</translation>
    </message>
    <message>
        <source> (%1 late)</source>
        <translation> (%1 in ritardo)</translation>
    </message>
    <message>
        <source>%1 contract</source>
        <translation>%1 contratto</translation>
    </message>
    <message>
        <source>%1 contracts</source>
        <translation>%1 contratti</translation>
    </message>
    <message>
        <source> (%1 to sign)</source>
        <translation> (%1 da firmare)</translation>
    </message>
    <message>
        <source>%1 post to review</source>
        <translation>%1 post da approvare</translation>
    </message>
    <message>
        <source>%1 posts to review</source>
        <translation>%1 post da approvare</translation>
    </message>
    <message>
        <source>%1 payment overdue</source>
        <translation>%1 pagamento scaduto</translation>
    </message>
    <message>
        <source>%1 payments overdue</source>
        <translation>%1 pagamenti scaduti</translation>
    </message>
    <message>
        <source>My work — %1: %2. The KPIs below are the whole campaign's.</source>
        <translation>Il mio lavoro — %1: %2. I KPI qui sotto sono dell’intera campagna.</translation>
    </message>
</context>
<context>
    <name>cd::app::EmptyState</name>
    <message>
        <source>No workbook is open — Create one (File ▸ New…, %1) or open one (File ▸ Open…, %2)</source>
        <translation>Nessuna cartella di lavoro aperta — Creane una (File ▸ Nuovo…, %1) o aprine una (File ▸ Apri…, %2)</translation>
    </message>
    <message>
        <source>No campaign selected — Pick one on the left or add one (Campaign ▸ New Campaign…, %1)</source>
        <translation>Nessuna campagna selezionata — Sceglila a sinistra o aggiungine una (Campagna ▸ Nuova campagna…, %1)</translation>
    </message>
</context>
<context>
    <name>cd::app::Format</name>
    <message>
        <source>%1 d</source>
        <translation>%1 g</translation>
    </message>
</context>
<context>
    <name>cd::app::HandleListEditor</name>
    <message>
        <source>Platform</source>
        <translation>Piattaforma</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>Eng. rate</source>
        <translation>Tasso eng.</translation>
    </message>
    <message>
        <source>The first account is the main one</source>
        <translation>Il primo account è quello principale</translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation>Aggiungi account</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Make Main</source>
        <translation>Rendi principale</translation>
    </message>
    <message>
        <source>Add another social account of this influencer</source>
        <translation>Aggiungi un altro account social di questo influencer</translation>
    </message>
    <message>
        <source>Remove the selected account</source>
        <translation>Rimuovi l'account selezionato</translation>
    </message>
    <message>
        <source>Make the selected account the main one (listed first)</source>
        <translation>Rendi principale l'account selezionato (elencato per primo)</translation>
    </message>
</context>
<context>
    <name>cd::app::HelpActions</name>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guida utente</translation>
    </message>
    <message>
        <source>Read how to plan and run a campaign with CampaignDesk</source>
        <translation>Leggi come pianificare e gestire una campagna con CampaignDesk</translation>
    </message>
    <message>
        <source>&amp;About CampaignDesk</source>
        <translation>&amp;Informazioni su CampaignDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Informazioni su &amp;Qt</translation>
    </message>
    <message>
        <source>CampaignDesk User Guide</source>
        <translation>Guida utente di CampaignDesk</translation>
    </message>
    <message>
        <source>About CampaignDesk</source>
        <translation>Informazioni su CampaignDesk</translation>
    </message>
    <message>
        <source>CampaignDesk %1

Plan and run influencer campaigns: the plan, the roster, contracts, budget, content and KPIs, in one file on your computer.

Copyright © the CampaignDesk developers. Licensed under the GNU General Public License, version 3 or (at your option) any later version; it comes with ABSOLUTELY NO WARRANTY.

Built with Qt %2, SQLite, nlohmann/json and spdlog.</source>
        <translation>CampaignDesk %1

Pianifica e gestisci campagne con gli influencer: il piano, l'elenco degli influencer, contratti, budget, contenuti e KPI, in un unico file sul tuo computer.

Copyright © gli sviluppatori di CampaignDesk. Distribuito con licenza GNU General Public License, versione 3 o (a tua scelta) qualsiasi versione successiva; viene fornito SENZA ALCUNA GARANZIA.

Realizzato con Qt %2, SQLite, nlohmann/json e spdlog.</translation>
    </message>
    <message>
        <source>Show the version of CampaignDesk and its licence</source>
        <translation>Mostra la versione di CampaignDesk e la sua licenza</translation>
    </message>
    <message>
        <source>Show the version of Qt and its licence</source>
        <translation>Mostra la versione di Qt e la sua licenza</translation>
    </message>
</context>
<context>
    <name>cd::app::ImportDryRunPage</name>
    <message>
        <source>Check what will happen</source>
        <translation>Verifica cosa succederà</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import writes everything in one step, which Edit ▸ Undo takes back.</source>
        <translation>Non è stato ancora scritto nulla. Importa scrive tutto in un solo passaggio, che Modifica ▸ Annulla può annullare.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Why it cannot be imported</source>
        <translation>Perché non può essere importata</translation>
    </message>
    <message>
        <source>New influencers:</source>
        <translation>Nuovi influencer:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Aggiornati:</translation>
    </message>
    <message>
        <source>Skipped (already in the roster):</source>
        <translation>Saltati (già nell'elenco):</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>Righe rifiutate:</translation>
    </message>
    <message>
        <source>The dry run failed: %1</source>
        <translation>La simulazione non è riuscita: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>L'importazione è stata annullata; non è stato modificato nulla.</translation>
    </message>
</context>
<context>
    <name>cd::app::ImportFilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Scegli un file</translation>
    </message>
    <message>
        <source>A CSV file exported from a spreadsheet, an agency or a platform tool. Each row is an influencer, or one account of one.</source>
        <translation>Un file CSV esportato da un foglio di calcolo, da un'agenzia o dallo strumento di una piattaforma. Ogni riga è un influencer, o uno dei suoi account.</translation>
    </message>
    <message>
        <source>Path of a .csv file</source>
        <translation>Percorso di un file .csv</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Import Influencers</source>
        <translation>Importa influencer</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>File CSV (*.csv *.txt);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>cd::app::ImportMappingPage</name>
    <message>
        <source>Column mappings (*.json);;All files (*)</source>
        <translation>Associazioni di colonne (*.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— non importata —</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignora</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Associa le colonne</translation>
    </message>
    <message>
        <source>Choose what each column of the file holds. A column with names or handles is needed; columns left out are not imported.</source>
        <translation>Scegli cosa contiene ogni colonna del file. Serve una colonna con nomi o handle; le colonne escluse non vengono importate.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonna nel file</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Esempio</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>Importa come</translation>
    </message>
    <message>
        <source>Load Mapping…</source>
        <translation>Carica associazione…</translation>
    </message>
    <message>
        <source>Save Mapping…</source>
        <translation>Salva associazione…</translation>
    </message>
    <message>
        <source>Map a column first</source>
        <translation>Associa prima una colonna</translation>
    </message>
    <message>
        <source>No column is imported as Name or Handle: choose the column that holds the names or the handles.</source>
        <translation>Nessuna colonna è importata come Nome o Handle: scegli la colonna che contiene i nomi o gli handle.</translation>
    </message>
    <message>
        <source>Load Mapping</source>
        <translation>Carica associazione</translation>
    </message>
    <message>
        <source>Cannot use this mapping</source>
        <translation>Impossibile usare questa associazione</translation>
    </message>
    <message>
        <source>Cannot read the mapping</source>
        <translation>Impossibile leggere l'associazione</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>Salva associazione</translation>
    </message>
    <message>
        <source>Cannot save the mapping</source>
        <translation>Impossibile salvare l'associazione</translation>
    </message>
    <message>
        <source>Use a column mapping saved from an earlier import</source>
        <translation>Usa un'associazione di colonne salvata da un'importazione precedente</translation>
    </message>
    <message>
        <source>Save this column mapping to a file, for the next import of such files</source>
        <translation>Salva questa associazione di colonne in un file, per la prossima importazione di file simili</translation>
    </message>
</context>
<context>
    <name>cd::app::ImportOptionsPage</name>
    <message>
        <source>Defaults and duplicates</source>
        <translation>Valori predefiniti e duplicati</translation>
    </message>
    <message>
        <source>What to assume where the file says nothing, and what to do with people already in the roster (same handle on the same platform, or same e-mail).</source>
        <translation>Cosa assumere dove il file non dice nulla, e cosa fare con le persone già nell'elenco (stesso handle sulla stessa piattaforma, o stessa e-mail).</translation>
    </message>
    <message>
        <source>Update them with what the file says</source>
        <translation>Aggiornale con i dati del file</translation>
    </message>
    <message>
        <source>Skip those rows</source>
        <translation>Salta quelle righe</translation>
    </message>
    <message>
        <source>Keep both (add them again)</source>
        <translation>Mantieni entrambi (aggiungile di nuovo)</translation>
    </message>
    <message>
        <source>Platform of handles without one:</source>
        <translation>Piattaforma degli handle che non ne hanno una:</translation>
    </message>
    <message>
        <source>Currency of rates without one:</source>
        <translation>Valuta delle tariffe che non ne hanno una:</translation>
    </message>
    <message>
        <source>People already in the roster:</source>
        <translation>Persone già nell'elenco:</translation>
    </message>
    <message>
        <source>Choose a currency</source>
        <translation>Scegli una valuta</translation>
    </message>
    <message>
        <source>Type a three-letter currency code such as EUR or USD.</source>
        <translation>Digita un codice valuta di tre lettere, come EUR o USD.</translation>
    </message>
</context>
<context>
    <name>cd::app::ImportPreviewPage</name>
    <message>
        <source>Detect automatically</source>
        <translation>Rileva automaticamente</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Europa occidentale)</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgola ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Punto e virgola ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulazione</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>Barra verticale ( | )</translation>
    </message>
    <message>
        <source>Check how the file reads</source>
        <translation>Verifica come viene letto il file</translation>
    </message>
    <message>
        <source>The first rows as they will be read. If the text or the columns look wrong, choose the encoding, the separator or the header line.</source>
        <translation>Le prime righe come verranno lette. Se il testo o le colonne non sembrano corretti, scegli la codifica, il separatore o la riga d'intestazione.</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Codifica:</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Separatore:</translation>
    </message>
    <message>
        <source>Header on line:</source>
        <translation>Intestazione alla riga:</translation>
    </message>
    <message>
        <source>1 data row</source>
        <translation>1 riga di dati</translation>
    </message>
    <message>
        <source>%1 data rows</source>
        <translation>%1 righe di dati</translation>
    </message>
    <message>
        <source>Read as %1, %2, header on line %3: %4.</source>
        <translation>Letto come %1, %2, intestazione alla riga %3: %4.</translation>
    </message>
    <message>
        <source>Problems: %1; the first: %2</source>
        <translation>Problemi: %1; il primo: %2</translation>
    </message>
</context>
<context>
    <name>cd::app::ImportResultPage</name>
    <message>
        <source>Import finished</source>
        <translation>Importazione completata</translation>
    </message>
    <message>
        <source>Save Rejected Rows…</source>
        <translation>Salva righe rifiutate…</translation>
    </message>
    <message>
        <source>A CSV with the rejected rows, their line and the reason, to fix and import again</source>
        <translation>Un CSV con le righe rifiutate, il loro numero di riga e il motivo, da correggere e importare di nuovo</translation>
    </message>
    <message>
        <source>%1 new influencers added, %2 updated, %3 skipped.</source>
        <translation>%1 nuovi influencer aggiunti, %2 aggiornati, %3 saltati.</translation>
    </message>
    <message>
        <source>%1 rows were rejected: save them to fix them and import them again.</source>
        <translation>%1 righe sono state rifiutate: salvale per correggerle e importarle di nuovo.</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>Salva righe rifiutate</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>File CSV (*.csv);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Cannot save the rejected rows</source>
        <translation>Impossibile salvare le righe rifiutate</translation>
    </message>
</context>
<context>
    <name>cd::app::ImportWizard</name>
    <message>
        <source>Import Influencers</source>
        <translation>Importa influencer</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>Impossibile leggere il file</translation>
    </message>
    <message>
        <source>Map a column first</source>
        <translation>Associa prima una colonna</translation>
    </message>
    <message>
        <source>Importing influencers…</source>
        <translation>Importazione degli influencer…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Importazione non riuscita</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Non è stato importato nulla: %1</translation>
    </message>
    <message>
        <source>Import influencers (%1 new, %2 updated)</source>
        <translation>Importa influencer (%1 nuovi, %2 aggiornati)</translation>
    </message>
</context>
<context>
    <name>cd::app::InfluencerCommands</name>
    <message>
        <source>Add influencer</source>
        <translation>Aggiungi influencer</translation>
    </message>
    <message>
        <source>Delete influencer</source>
        <translation>Elimina influencer</translation>
    </message>
    <message>
        <source>Merge influencers</source>
        <translation>Unisci influencer</translation>
    </message>
</context>
<context>
    <name>cd::app::InfluencerDetailPanel</name>
    <message>
        <source>Profile</source>
        <translation>Profilo</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>How the relationship is going, what was agreed, preferences</source>
        <translation>Come va il rapporto, cosa è stato concordato, preferenze</translation>
    </message>
    <message>
        <source>Relationship Notes</source>
        <translation>Note sul rapporto</translation>
    </message>
    <message>
        <source>Account not changed</source>
        <translation>Account non modificati</translation>
    </message>
    <message>
        <source>beauty, travel</source>
        <translation>beauty, viaggi</translation>
    </message>
    <message>
        <source>Usual fee per post, e.g. 250 EUR</source>
        <translation>Compenso abituale per post, ad es. 250 EUR</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-GG</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Niches / tags</source>
        <translation>Nicchie / tag</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tariffa</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Ultimo contatto</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Contact route</source>
        <translation>Canale di contatto</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agenzia</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagna</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenuto</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Piattaforma</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approvazione</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>%1 followers</source>
        <translation>%1 follower</translation>
    </message>
    <message>
        <source>No influencer selected</source>
        <translation>Nessun influencer selezionato</translation>
    </message>
    <message>
        <source>Select someone in the roster to see and edit their details.</source>
        <translation>Seleziona qualcuno nell'elenco per vederne e modificarne i dati.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(senza nome)</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ancora nessuna</translation>
    </message>
</context>
<context>
    <name>cd::app::InfluencerEdits</name>
    <message>
        <source>Rename influencer</source>
        <translation>Rinomina influencer</translation>
    </message>
    <message>
        <source>Change e-mail</source>
        <translation>Cambia e-mail</translation>
    </message>
    <message>
        <source>Change phone</source>
        <translation>Cambia telefono</translation>
    </message>
    <message>
        <source>Change country</source>
        <translation>Cambia paese</translation>
    </message>
    <message>
        <source>Change language</source>
        <translation>Cambia lingua</translation>
    </message>
    <message>
        <source>Change agency</source>
        <translation>Cambia agenzia</translation>
    </message>
    <message>
        <source>Change notes</source>
        <translation>Cambia note</translation>
    </message>
    <message>
        <source>Change niches</source>
        <translation>Cambia nicchie</translation>
    </message>
    <message>
        <source>Rate not changed</source>
        <translation>Tariffa non modificata</translation>
    </message>
    <message>
        <source>“%1” is not an amount: type it like 250, 1250.50 or 250 USD.</source>
        <translation>“%1” non è un importo: scrivilo come 250, 1250.50 o 250 USD.</translation>
    </message>
    <message>
        <source>Change rate</source>
        <translation>Cambia tariffa</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Cambia stato</translation>
    </message>
    <message>
        <source>Change contact route</source>
        <translation>Cambia canale di contatto</translation>
    </message>
    <message>
        <source>Last contact not changed</source>
        <translation>Ultimo contatto non modificato</translation>
    </message>
    <message>
        <source>“%1” is not a date: type it like 2026-06-15 or 15/06/2026.</source>
        <translation>“%1” non è una data: scrivila come 2026-06-15 o 15/06/2026.</translation>
    </message>
    <message>
        <source>Change last contact</source>
        <translation>Cambia ultimo contatto</translation>
    </message>
    <message>
        <source>Change accounts</source>
        <translation>Cambia account</translation>
    </message>
</context>
<context>
    <name>cd::app::InfluencerRosterModel</name>
    <message>
        <source>Represented by the agency %1</source>
        <translation>Rappresentato dall'agenzia %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Piattaforma</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>Eng. rate</source>
        <translation>Tasso eng.</translation>
    </message>
    <message>
        <source>Niches</source>
        <translation>Nicchie</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tariffa</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Ultimo contatto</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Followers on %1</source>
        <translation>Follower su %1</translation>
    </message>
    <message>
        <source>The main account: the first one listed</source>
        <translation>L'account principale: il primo dell'elenco</translation>
    </message>
    <message>
        <source>Followers on all accounts together</source>
        <translation>Follower di tutti gli account insieme</translation>
    </message>
    <message>
        <source>Engagement rate of the main account</source>
        <translation>Tasso di engagement dell'account principale</translation>
    </message>
    <message>
        <source>Direct, or the agency that represents them</source>
        <translation>Diretto, o l'agenzia che lo rappresenta</translation>
    </message>
    <message>
        <source>Usual fee per post</source>
        <translation>Compenso abituale per post</translation>
    </message>
</context>
<context>
    <name>cd::app::InfluencerTableModel</name>
    <message>
        <source>Represented by the agency %1</source>
        <translation>Rappresentato dall'agenzia %1</translation>
    </message>
    <message>
        <source>The main account: the first one listed</source>
        <translation>L'account principale: il primo dell'elenco</translation>
    </message>
    <message>
        <source>Followers on all accounts together</source>
        <translation>Follower di tutti gli account insieme</translation>
    </message>
    <message>
        <source>Engagement rate of the main account</source>
        <translation>Tasso di engagement dell'account principale</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Piattaforma</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>Eng. rate</source>
        <translation>Tasso eng.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Niches</source>
        <translation>Nicchie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
</context>
<context>
    <name>cd::app::InfluencerTracker</name>
    <message>
        <source>Show only the members of %1</source>
        <translation>Mostra solo i membri di %1</translation>
    </message>
    <message>
        <source>Select a campaign to show only its members</source>
        <translation>Seleziona una campagna per mostrarne solo i membri</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>Ripristina colonne</translation>
    </message>
    <message>
        <source>Search name, handle, e-mail, notes</source>
        <translation>Cerca nome, handle, e-mail, note</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Tutte le piattaforme</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>All niches</source>
        <translation>Tutte le nicchie</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tutti i paesi</translation>
    </message>
    <message>
        <source>Followers on all accounts, or on the chosen platform</source>
        <translation>Follower su tutti gli account, o sulla piattaforma scelta</translation>
    </message>
    <message>
        <source>This campaign only</source>
        <translation>Solo questa campagna</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Cancella filtri</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>Add an influencer to the roster</source>
        <translation>Aggiungi un influencer all'elenco</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Unisci…</translation>
    </message>
    <message>
        <source>Select two records of the same person to merge them</source>
        <translation>Seleziona due schede della stessa persona per unirle</translation>
    </message>
    <message>
        <source>Import a CSV…</source>
        <translation>Importa un CSV…</translation>
    </message>
    <message>
        <source>Add an Influencer</source>
        <translation>Aggiungi un influencer</translation>
    </message>
    <message>
        <source>%1 influencers</source>
        <translation>%1 influencer</translation>
    </message>
    <message>
        <source>%1 of %2 influencers</source>
        <translation>%1 di %2 influencer</translation>
    </message>
    <message>
        <source>New influencer</source>
        <translation>Nuovo influencer</translation>
    </message>
    <message>
        <source>Delete %1 from the roster? Their accounts and campaign memberships go too; their content and tasks stay without them. You can undo this.</source>
        <translation>Eliminare %1 dall'elenco? Vengono eliminati anche i suoi account e le sue partecipazioni alle campagne; i suoi contenuti e le sue attività restano senza di lui. Puoi annullare l'operazione.</translation>
    </message>
    <message>
        <source>Delete these %1 influencers from the roster? Their accounts and campaign memberships go too. You can undo this.</source>
        <translation>Eliminare questi %1 influencer dall'elenco? Vengono eliminati anche i loro account e le loro partecipazioni alle campagne. Puoi annullare l'operazione.</translation>
    </message>
    <message>
        <source>Delete Influencers</source>
        <translation>Elimina influencer</translation>
    </message>
    <message>
        <source>Merge Influencers</source>
        <translation>Unisci influencer</translation>
    </message>
    <message>
        <source>Select the two records of the same person first.</source>
        <translation>Seleziona prima le due schede della stessa persona.</translation>
    </message>
    <message>
        <source>Merge %1 into %2? %2 keeps its details; the other record's accounts, niches and notes are added, its campaigns, contracts, content and tasks move over, and it is removed. You can undo this.</source>
        <translation>Unire %1 in %2? %2 mantiene i propri dati; vengono aggiunti account, nicchie e note dell'altra scheda, le sue campagne, contratti, contenuti e attività vengono trasferiti, e la scheda viene rimossa. Puoi annullare l'operazione.</translation>
    </message>
    <message>
        <source>Write to…</source>
        <translation>Scrivi a…</translation>
    </message>
    <message>
        <source>Write an e-mail from a template to the selected influencers</source>
        <translation>Scrivi un’e-mail da un modello agli influencer selezionati</translation>
    </message>
    <message>
        <source>Write an e-mail from a template to the selected influencers (%1)</source>
        <translation>Scrivi un’e-mail da un modello agli influencer selezionati (%1)</translation>
    </message>
    <message>
        <source>No influencers match the filter — Clear Filters shows everyone again</source>
        <translation>Nessun influencer corrisponde al filtro — Cancella filtri li mostra di nuovo tutti</translation>
    </message>
    <message>
        <source>Show or hide the %1 column</source>
        <translation>Mostra o nascondi la colonna %1</translation>
    </message>
    <message>
        <source>Show the default columns in their default order and widths</source>
        <translation>Mostra le colonne predefinite nell'ordine e con le larghezze predefiniti</translation>
    </message>
    <message>
        <source>Shows the influencers whose name, handle, e-mail or notes contain these words, as you type</source>
        <translation>Mostra, mentre scrivi, gli influencer il cui nome, handle, e-mail o note contengono queste parole</translation>
    </message>
    <message>
        <source>Show only the influencers who take part in the selected campaign</source>
        <translation>Mostra solo gli influencer che partecipano alla campagna selezionata</translation>
    </message>
    <message>
        <source>Clear the search and the filters: show everyone again</source>
        <translation>Cancella la ricerca e i filtri: mostra di nuovo tutti</translation>
    </message>
    <message>
        <source>Delete the selected influencers from the roster (asks first)</source>
        <translation>Elimina dall'elenco gli influencer selezionati (chiede prima)</translation>
    </message>
    <message>
        <source>Add influencers from a CSV file (File ▸ Import Influencers…)</source>
        <translation>Aggiungi influencer da un file CSV (File ▸ Importa influencer…)</translation>
    </message>
    <message>
        <source>Add an influencer to the roster and type their name</source>
        <translation>Aggiungi un influencer all'elenco e scrivine il nome</translation>
    </message>
    <message>
        <source>No influencers yet — Import a CSV (File ▸ Import Influencers…) or add one</source>
        <translation>Ancora nessun influencer — Importa un CSV (File ▸ Importa influencer…) o aggiungine uno</translation>
    </message>
</context>
<context>
    <name>cd::app::InfluencerTransferActions</name>
    <message>
        <source>&amp;Import Influencers…</source>
        <translation>&amp;Importa influencer…</translation>
    </message>
    <message>
        <source>Add influencers from a CSV file to the roster</source>
        <translation>Aggiungi all'elenco influencer da un file CSV</translation>
    </message>
    <message>
        <source>&amp;Export Influencers…</source>
        <translation>E&amp;sporta influencer…</translation>
    </message>
    <message>
        <source>Write the roster, or the rows shown, to a CSV file</source>
        <translation>Scrivi l'elenco, o le righe mostrate, in un file CSV</translation>
    </message>
    <message>
        <source>Import Influencers</source>
        <translation>Importa influencer</translation>
    </message>
    <message>
        <source>Open a workbook that can be changed first.</source>
        <translation>Apri prima una cartella di lavoro modificabile.</translation>
    </message>
    <message>
        <source>Export Influencers</source>
        <translation>Esporta influencer</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>File CSV (*.csv);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>%1 influencers exported to %2</source>
        <translation>%1 influencer esportati in %2</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Impossibile esportare</translation>
    </message>
    <message>
        <source>The rows shown (%1)</source>
        <translation>Le righe mostrate (%1)</translation>
    </message>
    <message>
        <source>The whole roster (%1)</source>
        <translation>L'intero elenco (%1)</translation>
    </message>
    <message>
        <source>Comma ( , ) — Excel in English, Google Sheets</source>
        <translation>Virgola ( , ) — Excel in inglese, Fogli Google</translation>
    </message>
    <message>
        <source>Semicolon ( ; ) — Excel in Italian and other European languages</source>
        <translation>Punto e virgola ( ; ) — Excel in italiano e in altre lingue europee</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Esporta:</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Separatore:</translation>
    </message>
</context>
<context>
    <name>cd::app::KpiTile</name>
    <message>
        <source>No target set</source>
        <translation>Nessun obiettivo impostato</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Nessun obiettivo</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Obiettivo %1</translation>
    </message>
    <message>
        <source> · %1%2 vs target</source>
        <translation> · %1%2 rispetto all'obiettivo</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Nessun dato</translation>
    </message>
</context>
<context>
    <name>cd::app::MainWindow</name>
    <message>
        <source>CampaignDesk workbooks (*.%1);;All files (*)</source>
        <translation>Cartelle di lavoro CampaignDesk (*.%1);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Read-only: changes cannot be saved to this workbook</source>
        <translation>Sola lettura: le modifiche non possono essere salvate in questa cartella di lavoro</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>&amp;Campagna</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripristina</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferenze…</translation>
    </message>
    <message>
        <source>Choose the language of CampaignDesk</source>
        <translation>Scegli la lingua di CampaignDesk</translation>
    </message>
    <message>
        <source>Cannot open workbook</source>
        <translation>Impossibile aprire la cartella di lavoro</translation>
    </message>
    <message>
        <source>Cannot create the demo workbook</source>
        <translation>Impossibile creare la cartella di lavoro dimostrativa</translation>
    </message>
    <message>
        <source>%1 is opened read-only.</source>
        <translation>%1 è aperto in sola lettura.</translation>
    </message>
    <message>
        <source>Cannot show the campaign</source>
        <translation>Impossibile mostrare la campagna</translation>
    </message>
    <message>
        <source>New Workbook</source>
        <translation>Nuova cartella di lavoro</translation>
    </message>
    <message>
        <source>Cannot create workbook</source>
        <translation>Impossibile creare la cartella di lavoro</translation>
    </message>
    <message>
        <source>Open Workbook</source>
        <translation>Apri cartella di lavoro</translation>
    </message>
    <message>
        <source>Workbook not found</source>
        <translation>Cartella di lavoro non trovata</translation>
    </message>
    <message>
        <source>%1 no longer exists; it was removed from the recent workbooks.</source>
        <translation>%1 non esiste più; è stato rimosso dalle cartelle di lavoro recenti.</translation>
    </message>
    <message>
        <source>No recent workbooks</source>
        <translation>Nessuna cartella di lavoro recente</translation>
    </message>
    <message>
        <source>CampaignDesk</source>
        <translation>CampaignDesk</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [sola lettura]</translation>
    </message>
    <message>
        <source>%1 — CampaignDesk</source>
        <translation>%1 — CampaignDesk</translation>
    </message>
    <message>
        <source>No campaigns yet — Campaign ▸ New Campaign… (%1) adds one</source>
        <translation>Ancora nessuna campagna — Campagna ▸ Nuova campagna… (%1) ne aggiunge una</translation>
    </message>
    <message>
        <source>Close the workbook and quit CampaignDesk</source>
        <translation>Chiudi la cartella di lavoro ed esci da CampaignDesk</translation>
    </message>
    <message>
        <source>Open one of the workbooks opened lately</source>
        <translation>Apri una delle cartelle di lavoro aperte di recente</translation>
    </message>
    <message>
        <source>Undo the last change to the workbook</source>
        <translation>Annulla l'ultima modifica alla cartella di lavoro</translation>
    </message>
    <message>
        <source>Redo the last change that was undone</source>
        <translation>Ripeti l'ultima modifica annullata</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Apertura di %1…</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Apri %1</translation>
    </message>
    <message>
        <source>The workbooks you open are listed here</source>
        <translation>Qui sono elencate le cartelle di lavoro che apri</translation>
    </message>
</context>
<context>
    <name>cd::app::NewCampaignDialog</name>
    <message>
        <source>New Campaign</source>
        <translation>Nuova campagna</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>The campaign's name, as it appears in the list and on reports</source>
        <translation>Il nome della campagna, come appare nell'elenco e nei report</translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation>&amp;Brand:</translation>
    </message>
    <message>
        <source>The brand or product the campaign promotes</source>
        <translation>Il brand o il prodotto che la campagna promuove</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Obiettivo:</translation>
    </message>
    <message>
        <source>What the campaign must achieve, in one sentence</source>
        <translation>Cosa deve ottenere la campagna, in una frase</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Inizio:</translation>
    </message>
    <message>
        <source>The first day of the campaign; the plan is laid out from it</source>
        <translation>Il primo giorno della campagna; il piano parte da questa data</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Fine:</translation>
    </message>
    <message>
        <source>The last day of the campaign</source>
        <translation>L'ultimo giorno della campagna</translation>
    </message>
    <message>
        <source>B&amp;udget:</source>
        <translation>B&amp;udget:</translation>
    </message>
    <message>
        <source>The total budget, e.g. 25000 or 25.000,00</source>
        <translation>Il budget totale, ad es. 25000 o 25.000,00</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <source>All amounts of the campaign are in this currency</source>
        <translation>Tutti gli importi della campagna sono in questa valuta</translation>
    </message>
    <message>
        <source>Con&amp;tingency:</source>
        <translation>Imp&amp;revisti:</translation>
    </message>
    <message>
        <source>Share of the budget held back for payment, production and approval slips</source>
        <translation>Quota del budget accantonata per ritardi di pagamento, produzione e approvazione</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Piano:</translation>
    </message>
    <message>
        <source>Start the plan from the influencer-campaign template (six phases, their tasks, durations, dependencies and buffers), from a template file, or empty</source>
        <translation>Inizia il piano dal modello di campagna influencer (sei fasi, con attività, durate, dipendenze e margini), da un file modello, o vuoto</translation>
    </message>
    <message>
        <source>Default influencer-campaign template</source>
        <translation>Modello predefinito di campagna influencer</translation>
    </message>
    <message>
        <source>Empty plan</source>
        <translation>Piano vuoto</translation>
    </message>
    <message>
        <source>Template file…</source>
        <translation>File modello…</translation>
    </message>
    <message>
        <source>A campaigndesk-wbs template (.json)</source>
        <translation>Un modello campaigndesk-wbs (.json)</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Sfo&amp;glia…</translation>
    </message>
    <message>
        <source>Choose a Template</source>
        <translation>Scegli un modello</translation>
    </message>
    <message>
        <source>WBS templates (*.json);;All files (*)</source>
        <translation>Modelli WBS (*.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation>Dai un nome alla campagna.</translation>
    </message>
    <message>
        <source>The campaign ends before it starts.</source>
        <translation>La campagna finisce prima di iniziare.</translation>
    </message>
    <message>
        <source>"%1" is not a currency code we know.</source>
        <translation>"%1" non è un codice valuta conosciuto.</translation>
    </message>
    <message>
        <source>The budget "%1" is not an amount.</source>
        <translation>Il budget "%1" non è un importo.</translation>
    </message>
    <message>
        <source>Choose the template file, or another plan.</source>
        <translation>Scegli il file modello, o un altro piano.</translation>
    </message>
    <message>
        <source>The template cannot be used: %1</source>
        <translation>Impossibile usare il modello: %1</translation>
    </message>
</context>
<context>
    <name>cd::app::OutreachDialog</name>
    <message>
        <source>Write to Influencers</source>
        <translation>Scrivi agli influencer</translation>
    </message>
    <message>
        <source>Fills {my_name}</source>
        <translation>Compila {my_name}</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Campagna:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Il tuo nome:</translation>
    </message>
    <message>
        <source>Open in Mail</source>
        <translation>Apri nella posta</translation>
    </message>
    <message>
        <source>Open one e-mail per person in your mail program and log today as their last contact</source>
        <translation>Apri un’e-mail per persona nel tuo programma di posta e registra oggi come loro ultimo contatto</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Copy the e-mails to the clipboard and log today as their last contact</source>
        <translation>Copia le e-mail negli appunti e registra oggi come loro ultimo contatto</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>Add a template, starting from the text shown</source>
        <translation>Aggiungi un modello, partendo dal testo mostrato</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Save Template</source>
        <translation>Salva modello</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modello:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Oggetto:</translation>
    </message>
    <message>
        <source>Merge fields: %1. Write {{ and }} for braces.</source>
        <translation>Campi unione: %1. Scrivi {{ e }} per le parentesi graffe.</translation>
    </message>
    <message>
        <source>No campaign</source>
        <translation>Nessuna campagna</translation>
    </message>
    <message>
        <source>%1 — no e-mail address</source>
        <translation>%1 — nessun indirizzo e-mail</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Oggetto: %1</translation>
    </message>
    <message>
        <source>Not filled: %1 (unknown, or nothing to fill them with).</source>
        <translation>Non compilati: %1 (sconosciuti, o senza dati con cui compilarli).</translation>
    </message>
    <message>
        <source>No e-mail address, left out of Open in Mail: %1.</source>
        <translation>Senza indirizzo e-mail, esclusi da Apri nella posta: %1.</translation>
    </message>
    <message>
        <source>Open %1 e-mails in your mail program, one per person?</source>
        <translation>Aprire %1 e-mail nel programma di posta, una per persona?</translation>
    </message>
    <message>
        <source>No e-mail could be opened: the people chosen have no e-mail address, or no mail program is set up. Use Copy instead.</source>
        <translation>Non è stato possibile aprire nessuna e-mail: le persone scelte non hanno un indirizzo e-mail, o non è configurato un programma di posta. Usa invece Copia.</translation>
    </message>
    <message>
        <source>Untitled template</source>
        <translation>Modello senza titolo</translation>
    </message>
    <message>
        <source>Edit Outreach Template</source>
        <translation>Modifica modello di contatto</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nuovo modello</translation>
    </message>
    <message>
        <source>Add Outreach Template</source>
        <translation>Aggiungi modello di contatto</translation>
    </message>
    <message>
        <source>Delete Outreach Template</source>
        <translation>Elimina modello di contatto</translation>
    </message>
    <message>
        <source>Delete the template shown</source>
        <translation>Elimina il modello mostrato</translation>
    </message>
    <message>
        <source>Save the changes to the template's name, subject and text</source>
        <translation>Salva le modifiche a nome, oggetto e testo del modello</translation>
    </message>
</context>
<context>
    <name>cd::app::PaymentExportAction</name>
    <message>
        <source>Export &amp;Payments…</source>
        <translation>Esporta &amp;pagamenti…</translation>
    </message>
    <message>
        <source>Save the selected campaign's payments as a CSV file</source>
        <translation>Salva i pagamenti della campagna selezionata in un file CSV</translation>
    </message>
    <message>
        <source>Export Payments</source>
        <translation>Esporta pagamenti</translation>
    </message>
    <message>
        <source>Select a campaign first.</source>
        <translation>Seleziona prima una campagna.</translation>
    </message>
</context>
<context>
    <name>cd::app::PaymentTableModel</name>
    <message>
        <source>Paid</source>
        <translation>Pagato</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aperto</translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>Scaduto da 1 giorno</translation>
    </message>
    <message>
        <source>Overdue by %1 days</source>
        <translation>Scaduto da %1 giorni</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
</context>
<context>
    <name>cd::app::PlanEditor</name>
    <message>
        <source>New task</source>
        <translation>Nuova attività</translation>
    </message>
    <message>
        <source>New deliverable</source>
        <translation>Nuovo deliverable</translation>
    </message>
    <message>
        <source>Add subtask</source>
        <translation>Aggiungi sottoattività</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Aggiungi attività</translation>
    </message>
    <message>
        <source>Delete the task "%1"?</source>
        <translation>Eliminare l'attività "%1"?</translation>
    </message>
    <message>
        <source>Delete %1 tasks: "%2" and the %3 tasks below it?</source>
        <translation>Eliminare %1 attività: "%2" e le %3 attività sotto di essa?</translation>
    </message>
    <message>
        <source>Delete %1 tasks: the %2 selected tasks and everything below them?</source>
        <translation>Eliminare %1 attività: le %2 attività selezionate e tutto ciò che sta sotto?</translation>
    </message>
    <message>
        <source>Their dependencies go with them. Undo brings them back.</source>
        <translation>Le loro dipendenze vengono eliminate con esse. Annulla le ripristina.</translation>
    </message>
    <message>
        <source>Delete tasks</source>
        <translation>Elimina attività</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Elimina attività</translation>
    </message>
    <message>
        <source>Delete %1 tasks</source>
        <translation>Elimina %1 attività</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Aumenta rientro</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Riduci rientro</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Sposta su</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Sposta giù</translation>
    </message>
    <message>
        <source>Paste tasks</source>
        <translation>Incolla attività</translation>
    </message>
</context>
<context>
    <name>cd::app::PlanView</name>
    <message>
        <source>Add task</source>
        <translation>Aggiungi attività</translation>
    </message>
    <message>
        <source>Add subtask</source>
        <translation>Aggiungi sottoattività</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Riduci rientro</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Aumenta rientro</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Sposta su</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Sposta giù</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Incolla</translation>
    </message>
    <message>
        <source>Task &amp;History…</source>
        <translation>&amp;Cronologia attività…</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Riduci zoom</translation>
    </message>
    <message>
        <source>Zoom out towards months (Ctrl+wheel)</source>
        <translation>Riduci lo zoom verso i mesi (Ctrl+rotellina)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Aumenta zoom</translation>
    </message>
    <message>
        <source>Zoom in towards days (Ctrl+wheel)</source>
        <translation>Aumenta lo zoom verso i giorni (Ctrl+rotellina)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Cannot schedule: %1</source>
        <translation>Impossibile pianificare: %1</translation>
    </message>
    <message>
        <source>Finish %1</source>
        <translation>Fine %1</translation>
    </message>
    <message>
        <source> · with buffers %1</source>
        <translation> · con margini %1</translation>
    </message>
    <message>
        <source> · 1 critical task</source>
        <translation> · 1 attività critica</translation>
    </message>
    <message>
        <source> · %1 critical tasks</source>
        <translation> · %1 attività critiche</translation>
    </message>
    <message>
        <source>No tasks yet — Add a task (%1) or the template's tasks (Campaign ▸ Add Default Template Tasks)</source>
        <translation>Ancora nessuna attività — Aggiungi un'attività (%1) o quelle del modello (Campagna ▸ Aggiungi attività del modello predefinito)</translation>
    </message>
    <message>
        <source>Add a task below the selected one</source>
        <translation>Aggiungi un'attività sotto quella selezionata</translation>
    </message>
    <message>
        <source>Add a task inside the selected one</source>
        <translation>Aggiungi un'attività dentro quella selezionata</translation>
    </message>
    <message>
        <source>Delete the selected tasks and their subtasks</source>
        <translation>Elimina le attività selezionate e le loro sottoattività</translation>
    </message>
    <message>
        <source>Move the selected task one level up, out of its parent</source>
        <translation>Sposta l'attività selezionata di un livello in su, fuori dall'attività che la contiene</translation>
    </message>
    <message>
        <source>Make the selected task a subtask of the task above</source>
        <translation>Rendi l'attività selezionata una sottoattività di quella sopra</translation>
    </message>
    <message>
        <source>Move the selected task above the previous one</source>
        <translation>Sposta l'attività selezionata sopra la precedente</translation>
    </message>
    <message>
        <source>Move the selected task below the next one</source>
        <translation>Sposta l'attività selezionata sotto la successiva</translation>
    </message>
    <message>
        <source>Copy the selected tasks, to paste them here or into a spreadsheet</source>
        <translation>Copia le attività selezionate, per incollarle qui o in un foglio di calcolo</translation>
    </message>
    <message>
        <source>Paste copied tasks into the plan</source>
        <translation>Incolla nel piano le attività copiate</translation>
    </message>
    <message>
        <source>Show the changes to the selected task's dates, with their reasons</source>
        <translation>Mostra le modifiche alle date dell'attività selezionata, con i loro motivi</translation>
    </message>
    <message>
        <source>Show a longer period in the timeline</source>
        <translation>Mostra un periodo più lungo nella sequenza temporale</translation>
    </message>
    <message>
        <source>Show a shorter period in the timeline, in more detail</source>
        <translation>Mostra un periodo più breve nella sequenza temporale, con più dettagli</translation>
    </message>
    <message>
        <source>Scroll the timeline to today</source>
        <translation>Scorri la sequenza temporale fino a oggi</translation>
    </message>
    <message>
        <source>Show or hide the %1 column</source>
        <translation>Mostra o nascondi la colonna %1</translation>
    </message>
    <message>
        <source> · showing 1 task of %1</source>
        <translation> · 1 attività di %1 mostrata</translation>
    </message>
    <message>
        <source> · showing %1 tasks of %2</source>
        <translation> · %1 attività di %2 mostrate</translation>
    </message>
    <message>
        <source>No task of this campaign is assigned to %1 — My work ▸ Everyone shows them all</source>
        <translation>Nessuna attività di questa campagna è assegnata a %1 — Il mio lavoro ▸ Tutti le mostra tutte</translation>
    </message>
</context>
<context>
    <name>cd::app::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>Sistema (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>The language, and the format of numbers, dates and money, change the next time CampaignDesk starts.</source>
        <translation>La lingua e il formato di numeri, date e importi cambiano al prossimo avvio di CampaignDesk.</translation>
    </message>
</context>
<context>
    <name>cd::app::ReportExportActions</name>
    <message>
        <source>Export &amp;KPI Report…</source>
        <translation>Esporta report &amp;KPI…</translation>
    </message>
    <message>
        <source>Save the selected campaign's one-page KPI report as a PDF</source>
        <translation>Salva in PDF il report KPI di una pagina della campagna selezionata</translation>
    </message>
    <message>
        <source>Export KPI Report</source>
        <translation>Esporta report KPI</translation>
    </message>
    <message>
        <source>Select a campaign first.</source>
        <translation>Seleziona prima una campagna.</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Impossibile esportare</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <source>KPI report saved to %1</source>
        <translation>Report KPI salvato in %1</translation>
    </message>
    <message>
        <source>KPI report saved</source>
        <translation>Report KPI salvato</translation>
    </message>
    <message>
        <source>The report was saved to %1.

Open it in your PDF viewer?</source>
        <translation>Il report è stato salvato in %1.

Aprirlo nel visualizzatore PDF?</translation>
    </message>
</context>
<context>
    <name>cd::app::ReportPreviewDialog</name>
    <message>
        <source>Export KPI Report</source>
        <translation>Esporta report KPI</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Formato pagina:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Letter (USA)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Salva…</translation>
    </message>
    <message>
        <source>The preview cannot be made: %1</source>
        <translation>Impossibile creare l'anteprima: %1</translation>
    </message>
</context>
<context>
    <name>cd::app::RosterFilter</name>
    <message>
        <source>Any size</source>
        <translation>Qualsiasi dimensione</translation>
    </message>
    <message>
        <source>Under 1K</source>
        <translation>Meno di 1K</translation>
    </message>
    <message>
        <source>Nano (1K–5K)</source>
        <translation>Nano (1K–5K)</translation>
    </message>
    <message>
        <source>Micro (5K–20K)</source>
        <translation>Micro (5K–20K)</translation>
    </message>
    <message>
        <source>Mid (20K–100K)</source>
        <translation>Mid (20K–100K)</translation>
    </message>
    <message>
        <source>Macro (100K–1M)</source>
        <translation>Macro (100K–1M)</translation>
    </message>
    <message>
        <source>Mega (over 1M)</source>
        <translation>Mega (oltre 1M)</translation>
    </message>
</context>
<context>
    <name>cd::app::SpendTableModel</name>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
</context>
<context>
    <name>cd::app::TaskHistoryDialog</name>
    <message>
        <source>Give a reason</source>
        <translation>Indica un motivo</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Duration (days)</source>
        <translation>Durata (giorni)</translation>
    </message>
    <message>
        <source>Save reason</source>
        <translation>Salva motivo</translation>
    </message>
    <message>
        <source>Task History: %1</source>
        <translation>Cronologia attività: %1</translation>
    </message>
    <message>
        <source>Changed on</source>
        <translation>Modificato il</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>No changes to this task's dates yet.</source>
        <translation>Ancora nessuna modifica alle date di questa attività.</translation>
    </message>
    <message>
        <source>Why the latest change was made</source>
        <translation>Perché è stata fatta l'ultima modifica</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
</context>
<context>
    <name>cd::app::TeamDialog</name>
    <message>
        <source>&amp;Add Person</source>
        <translation>&amp;Aggiungi persona</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>The people who run your campaigns and the roles they hold. Assign tasks on the Plan tab and contracts on the Contracts tab; "My work" above the tabs then shows one person's share.</source>
        <translation>Le persone che gestiscono le tue campagne e i ruoli che ricoprono. Assegna le attività nella scheda Piano e i contratti nella scheda Contratti; "Il mio lavoro" sopra le schede mostra poi la parte di una persona.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contratti</translation>
    </message>
    <message>
        <source>Double-click a name or e-mail to change it; tick the roles a person holds</source>
        <translation>Fai doppio clic su un nome o un’e-mail per modificarli; spunta i ruoli che una persona ricopre</translation>
    </message>
    <message>
        <source>Add a person to the team (Insert)</source>
        <translation>Aggiungi una persona al team (Ins)</translation>
    </message>
    <message>
        <source>Remove the selected person from the team; their tasks and contracts keep the name (Delete)</source>
        <translation>Rimuovi la persona selezionata dal team; le sue attività e i suoi contratti mantengono il nome (Canc)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>ancora nessuno</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No one in the team yet — Add Person (Insert) to start.</source>
        <translation>Ancora nessuno nel team — Aggiungi persona (Ins) per iniziare.</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Rinomina %1</translation>
    </message>
    <message>
        <source>Change e-mail of %1</source>
        <translation>Cambia l’e-mail di %1</translation>
    </message>
    <message>
        <source>Give %1 the role %2</source>
        <translation>Assegna a %1 il ruolo %2</translation>
    </message>
    <message>
        <source>Take the role %2 from %1</source>
        <translation>Togli a %1 il ruolo %2</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nuova persona</translation>
    </message>
    <message>
        <source>Add %1 to the team</source>
        <translation>Aggiungi %1 al team</translation>
    </message>
    <message>
        <source>Remove from the team</source>
        <translation>Rimuovi dal team</translation>
    </message>
    <message>
        <source>%1 is named on %2 tasks and %3 contracts. They keep the name, so nothing is lost, but %1 leaves the team lists. Remove %1?</source>
        <translation>%1 compare in %2 attività e %3 contratti, che mantengono il nome, quindi nulla va perso, ma %1 esce dagli elenchi del team. Rimuovere %1?</translation>
    </message>
    <message>
        <source>Remove %1 from the team</source>
        <translation>Rimuovi %1 dal team</translation>
    </message>
</context>
<context>
    <name>cd::app::TimelineView</name>
    <message>
        <source>Move task</source>
        <translation>Sposta attività</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Buffer: %1</source>
        <translation>Margine: %1</translation>
    </message>
    <message>
        <source>Float: %1</source>
        <translation>Slack: %1</translation>
    </message>
    <message>
        <source>On the critical path</source>
        <translation>Sul percorso critico</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>In ritardo</translation>
    </message>
    <message>
        <source>%1: planned for %2</source>
        <translation>%1: pianificato per il %2</translation>
    </message>
    <message>
        <source>%1: live on %2</source>
        <translation>%1: online il %2</translation>
    </message>
</context>
<context>
    <name>cd::app::WbsItemDelegate</name>
    <message>
        <source> d</source>
        <translation> g</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
</context>
<context>
    <name>cd::app::WbsTreeModel</name>
    <message>
        <source>WBS</source>
        <translation>WBS</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Owner role</source>
        <translation>Ruolo responsabile</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assegnatario</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>% complete</source>
        <translation>% completato</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Buffer</source>
        <translation>Margine</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Influencer</translation>
    </message>
    <message>
        <source>Predecessors</source>
        <translation>Predecessori</translation>
    </message>
    <message>
        <source>Early start</source>
        <translation>Inizio anticipato</translation>
    </message>
    <message>
        <source>Early finish</source>
        <translation>Fine anticipata</translation>
    </message>
    <message>
        <source>Late start</source>
        <translation>Inizio posticipato</translation>
    </message>
    <message>
        <source>Late finish</source>
        <translation>Fine posticipata</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>WBS codes of the tasks this one depends on, e.g. "3FS+2d; 1.2SS"</source>
        <translation>Codici WBS delle attività da cui dipende questa, ad es. "3FS+2d; 1.2SS"</translation>
    </message>
    <message>
        <source>Days the task can slip without delaying the campaign</source>
        <translation>Giorni di cui l'attività può slittare senza ritardare la campagna</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n. %1</translation>
    </message>
    <message>
        <source>Late: it should have finished on %1.</source>
        <translation>In ritardo: doveva finire il %1.</translation>
    </message>
    <message>
        <source>On the critical path: any delay moves the end of the campaign.</source>
        <translation>Sul percorso critico: ogni ritardo sposta la fine della campagna.</translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation>Cambia tipo</translation>
    </message>
    <message>
        <source>Rename task</source>
        <translation>Rinomina attività</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Cambia %1</translation>
    </message>
    <message>
        <source>Predecessors not changed</source>
        <translation>Predecessori non modificati</translation>
    </message>
    <message>
        <source>Change predecessors</source>
        <translation>Cambia predecessori</translation>
    </message>
    <message>
        <source>Move tasks</source>
        <translation>Sposta attività</translation>
    </message>
</context>
<context>
    <name>cd::app::WorkbookCopyAction</name>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Salva una &amp;copia…</translation>
    </message>
    <message>
        <source>Save a copy of the open workbook under another name; you keep working in this one</source>
        <translation>Salva una copia della cartella di lavoro aperta con un altro nome; continui a lavorare in questa</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Salva una copia</translation>
    </message>
    <message>
        <source>CampaignDesk workbooks (*.cdwb);;All files (*)</source>
        <translation>Cartelle di lavoro CampaignDesk (*.cdwb);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Copia salvata come %1</translation>
    </message>
    <message>
        <source>%1 is the open workbook: choose another name for the copy.</source>
        <translation>%1 è la cartella di lavoro aperta: scegli un altro nome per la copia.</translation>
    </message>
    <message>
        <source>Cannot save a copy as %1: %2</source>
        <translation>Impossibile salvare una copia come %1: %2</translation>
    </message>
    <message>
        <source>Saving a copy as %1…</source>
        <translation>Salvataggio di una copia come %1…</translation>
    </message>
</context>
<context>
    <name>cd::app::WorkbookDocument</name>
    <message>
        <source>Read-only workbook</source>
        <translation>Cartella di lavoro in sola lettura</translation>
    </message>
    <message>
        <source>This workbook is opened read-only; it cannot be changed.</source>
        <translation>Questa cartella di lavoro è aperta in sola lettura; non può essere modificata.</translation>
    </message>
    <message>
        <source>No workbook is open.</source>
        <translation>Nessuna cartella di lavoro aperta.</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 non riuscito</translation>
    </message>
</context>
<context>
    <name>cd::core::Enums</name>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completato</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviato</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Deliverable</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategia</translation>
    </message>
    <message>
        <source>Creator management</source>
        <translation>Gestione creator</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analisi</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operazioni</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>Finish-to-start</source>
        <translation>Fine-inizio</translation>
    </message>
    <message>
        <source>Start-to-start</source>
        <translation>Inizio-inizio</translation>
    </message>
    <message>
        <source>Finish-to-finish</source>
        <translation>Fine-fine</translation>
    </message>
    <message>
        <source>Start-to-finish</source>
        <translation>Inizio-fine</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Twitch</source>
        <translation>Twitch</translation>
    </message>
    <message>
        <source>Blog</source>
        <translation>Blog</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Pinterest</source>
        <translation>Pinterest</translation>
    </message>
    <message>
        <source>Snapchat</source>
        <translation>Snapchat</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Diretto</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agenzia</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Potenziale</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contattato</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>In trattativa</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rifiutato</translation>
    </message>
    <message>
        <source>Shortlisted</source>
        <translation>In shortlist</translation>
    </message>
    <message>
        <source>Contracted</source>
        <translation>Sotto contratto</translation>
    </message>
    <message>
        <source>In production</source>
        <translation>In produzione</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagato</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviato</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmato</translation>
    </message>
    <message>
        <source>Flat fee</source>
        <translation>Compenso fisso</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>A performance</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Ibrido</translation>
    </message>
    <message>
        <source>Gifting</source>
        <translation>Omaggio prodotti</translation>
    </message>
    <message>
        <source>Per conversion</source>
        <translation>Per conversione</translation>
    </message>
    <message>
        <source>Per click</source>
        <translation>Per clic</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>Quota sui ricavi</translation>
    </message>
    <message>
        <source>Influencer fees</source>
        <translation>Compensi influencer</translation>
    </message>
    <message>
        <source>Product and shipping</source>
        <translation>Prodotti e spedizioni</translation>
    </message>
    <message>
        <source>Agency fees</source>
        <translation>Compensi agenzia</translation>
    </message>
    <message>
        <source>Paid boosting</source>
        <translation>Sponsorizzazioni a pagamento</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Strumenti</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Storia</translation>
    </message>
    <message>
        <source>Reel</source>
        <translation>Reel</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Blog article</source>
        <translation>Articolo di blog</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Inviato per approvazione</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Modifiche richieste</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approvato</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Pubblicato</translation>
    </message>
    <message>
        <source>Not started</source>
        <comment>task status</comment>
        <translation>Non iniziata</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>task status</comment>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>task status</comment>
        <translation>Completata</translation>
    </message>
    <message>
        <source>Blocked</source>
        <comment>task status</comment>
        <translation>Bloccata</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>task status</comment>
        <translation>Annullata</translation>
    </message>
    <message>
        <source>Planning</source>
        <comment>campaign status</comment>
        <translation>In pianificazione</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>campaign status</comment>
        <translation>Attiva</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>campaign status</comment>
        <translation>Completata</translation>
    </message>
    <message>
        <source>Archived</source>
        <comment>campaign status</comment>
        <translation>Archiviata</translation>
    </message>
    <message>
        <source>Met</source>
        <comment>kpi status</comment>
        <translation>Raggiunto</translation>
    </message>
    <message>
        <source>On track</source>
        <comment>kpi status</comment>
        <translation>In linea</translation>
    </message>
    <message>
        <source>At risk</source>
        <comment>kpi status</comment>
        <translation>A rischio</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>kpi status</comment>
        <translation>Sconosciuto</translation>
    </message>
</context>
</TS>
