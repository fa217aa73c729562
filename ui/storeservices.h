#pragma once

#include "clientservices.h"

namespace kontor::app {
class LocalStore;
}

namespace kontor::ui {

/// The firm's reference data as the forms need it, read from the local store.
ReferenceData referenceDataFrom(const app::LocalStore& store);

/// ClientServices over the local store: lookups read it, changes write it together with their
/// outbox operations (app::LocalStore), so everything works offline. The models are those the
/// caller made over the same store; @p syncNow starts a sync (may be empty).
ClientServices storeServices(app::LocalStore& store, app::AccountListModel* accounts,
                             app::PendingActivationsModel* pendingActivations,
                             app::NotificationModel* notifications,
                             std::function<void()> syncNow = {});

} // namespace kontor::ui
