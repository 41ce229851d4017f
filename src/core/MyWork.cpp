#include "MyWork.h"

namespace cd::core {

PersonWork workOf(const CampaignSnapshot& snapshot, std::string_view person, Date today)
{
    PersonWork work;
    work.person = std::string(person);
    for (const auto& task : snapshot.tasks) {
        if (task.assignee != person) {
            continue;
        }
        work.tasks.insert(task.id);
        if (task.status == TaskStatus::Done || task.status == TaskStatus::Cancelled) {
            continue;
        }
        ++work.openTasks;
        const auto finish = task.plannedFinish();
        if (finish && *finish < today) {
            ++work.lateTasks;
        }
    }
    for (const auto& contract : snapshot.contracts) {
        if (contract.assignee != person) {
            continue;
        }
        work.contracts.insert(contract.id);
        work.influencers.insert(contract.influencerId);
        if (contract.status == ContractStatus::Draft || contract.status == ContractStatus::Sent ||
            contract.status == ContractStatus::Negotiating) {
            ++work.contractsToSign;
        }
    }
    for (const auto& payment : snapshot.payments) {
        if (payment.contractId && work.contracts.contains(*payment.contractId)) {
            work.payments.insert(payment.id);
            if (payment.isOverdue(today)) {
                ++work.paymentsOverdue;
            }
        }
    }
    for (const auto& item : snapshot.content) {
        if (item.influencerId && work.influencers.contains(*item.influencerId)) {
            work.content.insert(item.id);
            if (item.approval == ApprovalStatus::Submitted ||
                item.approval == ApprovalStatus::ChangesRequested) {
                ++work.contentToReview;
            }
        }
    }
    return work;
}

} // namespace cd::core
