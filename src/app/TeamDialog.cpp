#include "TeamDialog.h"

#include "Format.h"
#include "MessageBox.h"
#include "TeamCommands.h"
#include "WorkbookDocument.h"

#include "storage/TeamRepository.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace cd::app {

namespace {

constexpr int kIdRole = Qt::UserRole;

QTableWidgetItem* textItem(const QString& text, bool editable)
{
    auto* item = new QTableWidgetItem(text);
    if (!editable) {
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    }
    return item;
}

} // namespace

TeamDialog::TeamDialog(WorkbookDocument& document, QWidget* parent)
    : QDialog(parent), m_document(&document), m_table(new QTableWidget(this)),
      m_roles(new QLabel(this)), m_add(new QPushButton(tr("&Add Person"), this)),
      m_remove(new QPushButton(tr("&Remove"), this))
{
    setObjectName(QStringLiteral("teamDialog"));
    setWindowTitle(tr("Team"));
    resize(940, 420);

    auto* intro = new QLabel(tr("The people who run your campaigns and the roles they hold. "
                                "Assign tasks on the Plan tab and contracts on the Contracts tab; "
                                "\"My work\" above the tabs then shows one person's share."),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_table->setObjectName(QStringLiteral("teamTable"));
    m_table->setColumnCount(ColumnCount);
    QStringList headers{tr("Name"), tr("E-mail")};
    for (const core::OwnerRole role : core::teamRoles()) {
        headers << enumLabel(role);
    }
    headers << tr("Tasks") << tr("Contracts");
    m_table->setHorizontalHeaderLabels(headers);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    // Names and addresses take the room; the role and count columns are as wide as their titles.
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Name, QHeaderView::Stretch);
    header->setSectionResizeMode(Email, QHeaderView::Stretch);
    m_table->setToolTip(tr("Double-click a name or e-mail to change it; tick the roles a person "
                           "holds"));

    m_roles->setObjectName(QStringLiteral("teamRoles"));
    m_roles->setTextFormat(Qt::PlainText);
    m_roles->setWordWrap(true);

    m_add->setObjectName(QStringLiteral("teamAdd"));
    m_add->setShortcut(QKeySequence(Qt::Key_Insert));
    m_add->setToolTip(tr("Add a person to the team (Insert)"));
    m_remove->setObjectName(QStringLiteral("teamRemove"));
    m_remove->setShortcut(QKeySequence(Qt::Key_Delete));
    m_remove->setToolTip(tr("Remove the selected person from the team; their tasks and "
                            "contracts keep the name (Delete)"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* row = new QHBoxLayout;
    row->addWidget(m_add);
    row->addWidget(m_remove);
    row->addStretch(1);
    row->addWidget(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_roles);
    layout->addLayout(row);

    // The main window's Undo and Redo do not reach a dialog of its own: the same stack here.
    QAction* undo = document.undoStack()->createUndoAction(this);
    undo->setShortcuts(QKeySequence::Undo);
    QAction* redo = document.undoStack()->createRedoAction(this);
    redo->setShortcuts(QKeySequence::Redo);
    addActions({undo, redo});

    connect(m_add, &QPushButton::clicked, this, [this] { addPerson(); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeSelected(); });
    connect(m_table, &QTableWidget::itemChanged, this, &TeamDialog::itemChanged);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TeamDialog::updateButtons);
    connect(&document, &WorkbookDocument::changed, this, [this](auto scopes, core::Id) {
        using Scope = WorkbookDocument::Scope;
        if (scopes & (Scope::Team | Scope::Tasks | Scope::Contracts)) {
            reload();
        }
    });
    connect(&document, &WorkbookDocument::closed, this, &QDialog::close);
    reload();
}

void TeamDialog::reload()
{
    if (!m_document || !m_document->isOpen()) {
        return;
    }
    const core::Id selected = m_table->currentRow() >= 0 && m_table->currentRow() < rowCount()
                                  ? m_team[static_cast<std::size_t>(m_table->currentRow())].id
                                  : 0;
    storage::TeamRepository repo(m_document->workbook().db());
    m_team = repo.list();
    const bool editable = m_document->canEdit();
    m_filling = true;
    m_table->setRowCount(static_cast<int>(m_team.size()));
    const auto roles = core::teamRoles();
    for (int r = 0; r < static_cast<int>(m_team.size()); ++r) {
        const core::TeamMember& m = m_team[static_cast<std::size_t>(r)];
        auto* name = textItem(QString::fromStdString(m.name), editable);
        name->setData(kIdRole, QVariant::fromValue<qint64>(m.id));
        m_table->setItem(r, Name, name);
        m_table->setItem(r, Email, textItem(QString::fromStdString(m.email), editable));
        for (std::size_t i = 0; i < roles.size(); ++i) {
            auto* box = textItem(QString(), false);
            box->setFlags(editable ? (box->flags() | Qt::ItemIsUserCheckable)
                                   : (box->flags() & ~Qt::ItemIsUserCheckable));
            box->setCheckState(m.holds(roles[i]) ? Qt::Checked : Qt::Unchecked);
            m_table->setItem(r, FirstRole + static_cast<int>(i), box);
        }
        const auto assigned = repo.assignmentsOf(m.name);
        m_table->setItem(r, TaskCount, textItem(formatCount(assigned.tasks), false));
        m_table->setItem(r, ContractCount, textItem(formatCount(assigned.contracts), false));
        for (const int c : {TaskCount, ContractCount}) {
            m_table->item(r, c)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    m_filling = false;
    if (const int row = rowOf(selected); row >= 0) {
        m_table->selectRow(row);
    }

    QStringList parts;
    for (const core::OwnerRole role : roles) {
        QStringList names;
        for (const core::TeamMember* m : core::holdersOf(m_team, role)) {
            names << QString::fromStdString(m->name);
        }
        parts << tr("%1: %2").arg(enumLabel(role),
                                  names.isEmpty() ? tr("nobody yet") : names.join(tr(", ")));
    }
    m_roles->setText(m_team.empty() ? tr("No one in the team yet — Add Person (Insert) to start.")
                                    : parts.join(QStringLiteral("  \u00B7  ")));
    updateButtons();
}

int TeamDialog::rowOf(core::Id id) const
{
    for (std::size_t i = 0; i < m_team.size(); ++i) {
        if (m_team[i].id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

void TeamDialog::itemChanged(QTableWidgetItem* item)
{
    if (m_filling || !m_document || item->row() < 0 || item->row() >= rowCount()) {
        return;
    }
    const core::TeamMember before = m_team[static_cast<std::size_t>(item->row())];
    core::TeamMember after = before;
    QString text;
    if (item->column() == Name) {
        after.name = core::normalizedPersonName(item->text().toStdString());
        text = tr("Rename %1").arg(QString::fromStdString(before.name));
    } else if (item->column() == Email) {
        after.email = item->text().trimmed().toStdString();
        text = tr("Change e-mail of %1").arg(QString::fromStdString(before.name));
    } else if (item->column() >= FirstRole && item->column() < TaskCount) {
        const core::OwnerRole role =
            core::teamRoles()[static_cast<std::size_t>(item->column() - FirstRole)];
        std::erase(after.roles, role);
        if (item->checkState() == Qt::Checked) {
            after.roles.push_back(role);
        }
        after.roles = core::normalizedRoles(after.roles);
        text = (item->checkState() == Qt::Checked ? tr("Give %1 the role %2")
                                                  : tr("Take the role %2 from %1"))
                   .arg(QString::fromStdString(before.name), enumLabel(role));
    } else {
        return;
    }
    if (after == before) {
        return;
    }
    if (after.name.empty()) {
        reload(); // a blank name is not taken: show the stored one again
        return;
    }
    m_document->push(new ChangeTeamMemberCommand(*m_document, before, after, text));
    // A refused change (a taken name) shows the stored values again.
    reload();
}

core::Id TeamDialog::addPerson()
{
    if (!m_document || !m_document->canEdit()) {
        return 0;
    }
    const QString base = tr("New person");
    QString name = base;
    for (int n = 2; std::any_of(m_team.begin(), m_team.end(),
                                [&](const auto& m) { return m.name == name.toStdString(); });
         ++n) {
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    }
    core::TeamMember person;
    person.name = name.toStdString();
    auto* command = new ChangeTeamMemberCommand(*m_document, std::nullopt, person,
                                                tr("Add %1 to the team").arg(name));
    if (!m_document->push(command)) {
        return 0;
    }
    const core::Id id = command->memberId();
    reload();
    if (const int row = rowOf(id); row >= 0) {
        m_table->setCurrentCell(row, Name);
        m_table->editItem(m_table->item(row, Name));
    }
    return id;
}

bool TeamDialog::removeSelected()
{
    const int row = m_table->currentRow();
    if (!m_document || !m_document->canEdit() || row < 0 || row >= rowCount()) {
        return false;
    }
    const core::TeamMember person = m_team[static_cast<std::size_t>(row)];
    const auto assigned =
        storage::TeamRepository(m_document->workbook().db()).assignmentsOf(person.name);
    if (assigned.tasks + assigned.contracts > 0) {
        const auto answer = MessageBox::question(
            this, tr("Remove from the team"),
            tr("%1 is named on %2 tasks and %3 contracts. They keep the name, so nothing is "
               "lost, but %1 leaves the team lists. Remove %1?")
                .arg(QString::fromStdString(person.name))
                .arg(assigned.tasks)
                .arg(assigned.contracts),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes) {
            return false;
        }
    }
    const bool removed = m_document->push(new ChangeTeamMemberCommand(
        *m_document, person, std::nullopt,
        tr("Remove %1 from the team").arg(QString::fromStdString(person.name))));
    reload();
    return removed;
}

void TeamDialog::updateButtons()
{
    const bool editable = m_document && m_document->canEdit();
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable && m_table->currentRow() >= 0 &&
                         m_table->currentRow() < rowCount());
}

} // namespace cd::app
