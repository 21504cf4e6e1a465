package dev.cms.core.sales;

import dev.cms.core.customer.CustomerId;
import dev.cms.core.customer.CustomerProfile;
import dev.cms.core.customer.LifecycleStage;
import dev.cms.core.internal.Checks;
import dev.cms.core.money.Money;
import dev.cms.core.task.TaskDetails;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What converting a lead should do besides moving it to {@link #targetStage()}: link it to an organization (a new
 * one, or one that exists), open a deal, and schedule a follow-up task. Build it with {@link #toStage} and the
 * {@code with} methods.
 *
 * @param targetStage          the lifecycle stage the lead moves to
 * @param newOrganization      an organization to create and affiliate the lead with
 * @param existingOrganization an organization to affiliate the lead with
 * @param jobTitle             the lead's title at the organization
 * @param dealName             name of the deal to open for the lead, in the default pipeline's first stage
 * @param dealAmount           the deal's value
 * @param dealExpectedClose    the deal's expected close date
 * @param followUp             a task to create, linked to the lead (and to the deal, if one is opened)
 */
public record LeadConversion(LifecycleStage targetStage, Optional<CustomerProfile> newOrganization,
                             Optional<CustomerId> existingOrganization, Optional<String> jobTitle,
                             Optional<String> dealName, Optional<Money> dealAmount,
                             Optional<LocalDate> dealExpectedClose, Optional<TaskDetails> followUp) {
    /**
     * Checks that at most one organization is given and that a deal has both name and amount.
     *
     * @param targetStage          the lifecycle stage the lead moves to
     * @param newOrganization      an organization to create and affiliate the lead with
     * @param existingOrganization an organization to affiliate the lead with
     * @param jobTitle             the lead's title at the organization
     * @param dealName             name of the deal to open for the lead, in the default pipeline's first stage
     * @param dealAmount           the deal's value
     * @param dealExpectedClose    the deal's expected close date
     * @param followUp             a task to create, linked to the lead (and to the deal, if one is opened)
     */
    public LeadConversion {
        Objects.requireNonNull(targetStage, "targetStage");
        Objects.requireNonNull(newOrganization, "newOrganization");
        Objects.requireNonNull(existingOrganization, "existingOrganization");
        jobTitle = Checks.optionalLine("jobTitle", jobTitle, 100);
        Objects.requireNonNull(dealName, "dealName");
        Objects.requireNonNull(dealAmount, "dealAmount");
        Objects.requireNonNull(dealExpectedClose, "dealExpectedClose");
        Objects.requireNonNull(followUp, "followUp");
        if (newOrganization.isPresent() && existingOrganization.isPresent()) {
            throw dev.cms.core.ValidationException.of("existingOrganization", existingOrganization.get(),
                    "give either a new organization or an existing one, not both");
        }
        newOrganization.ifPresent(org -> {
            if (org.kind() != dev.cms.core.customer.CustomerKind.ORGANIZATION) {
                throw dev.cms.core.ValidationException.of("newOrganization", org.name().display(), "must be an organization profile");
            }
        });
        if (dealName.isPresent() != dealAmount.isPresent()) {
            throw dev.cms.core.ValidationException.of("dealAmount", dealAmount.orElse(null), "a deal needs both a name and an amount");
        }
    }

    /**
     * {@return a conversion that only changes the stage}
     *
     * @param stage where the lead moves, usually {@link LifecycleStage#CUSTOMER} or {@link LifecycleStage#OPPORTUNITY}
     */
    public static LeadConversion toStage(LifecycleStage stage) {
        return new LeadConversion(stage, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * {@return a copy that creates and links the organization}
     *
     * @param organization profile of an organization to create
     * @param title        the lead's job title there
     */
    public LeadConversion withNewOrganization(CustomerProfile organization, String title) {
        return new LeadConversion(targetStage, Optional.of(organization), Optional.empty(), Optional.of(title), dealName,
                dealAmount, dealExpectedClose, followUp);
    }

    /**
     * {@return a copy that links the organization}
     *
     * @param organization an existing organization customer
     * @param title        the lead's job title there
     */
    public LeadConversion withOrganization(CustomerId organization, String title) {
        return new LeadConversion(targetStage, Optional.empty(), Optional.of(organization), Optional.of(title), dealName,
                dealAmount, dealExpectedClose, followUp);
    }

    /**
     * {@return a copy that opens the deal}
     *
     * @param name          the deal's name
     * @param amount        its value
     * @param expectedClose when it should close
     */
    public LeadConversion withDeal(String name, Money amount, LocalDate expectedClose) {
        return new LeadConversion(targetStage, newOrganization, existingOrganization, jobTitle, Optional.of(name),
                Optional.of(amount), Optional.of(expectedClose), followUp);
    }

    /**
     * {@return a copy that creates the task}
     *
     * @param task the follow-up to create
     */
    public LeadConversion withFollowUp(TaskDetails task) {
        return new LeadConversion(targetStage, newOrganization, existingOrganization, jobTitle, dealName, dealAmount,
                dealExpectedClose, Optional.of(task));
    }
}
