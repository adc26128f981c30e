// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Names of gumbo's tree types for headers that pass nodes around without looking
// inside them; only .cpp files include <gumbo.h> (through GumboNodes.h).
struct GumboInternalNode;
struct GumboInternalOutput;
using GumboNode = GumboInternalNode;
