#pragma once

#include "check/problem.h"

#include <QMetaType>

// Lets a Problem travel in a QVariant and through queued connections or QSignalSpy (the core
// header stays free of Qt meta-type declarations).
Q_DECLARE_METATYPE(EventDesk::Problem)
