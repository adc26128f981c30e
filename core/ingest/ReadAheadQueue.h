// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace annalist {

// Produces items 0..count-1 on a worker thread, at most `capacity` ahead of the
// consumer, and hands them out in order. Lets an import read and parse the next
// files on one core while the database writes on the other.
template<typename Item> class ReadAheadQueue final
{
public:
    ReadAheadQueue(int count, std::function<Item(int)> produce, int capacity = 32)
        : m_count(count)
        , m_capacity(capacity)
        , m_produce(std::move(produce))
        , m_worker([this] { work(); })
    { }

    ~ReadAheadQueue()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_changed.notify_all();
        m_worker.join();
    }

    ReadAheadQueue(const ReadAheadQueue &) = delete;
    ReadAheadQueue &operator=(const ReadAheadQueue &) = delete;

    // The next item in order, or nothing once all were taken.
    std::optional<Item> next()
    {
        std::unique_lock lock(m_mutex);
        if (m_taken >= m_count)
            return std::nullopt;
        m_changed.wait(lock, [this] { return !m_ready.empty(); });
        Item item = std::move(m_ready.front());
        m_ready.pop_front();
        ++m_taken;
        lock.unlock();
        m_changed.notify_all();
        return item;
    }

private:
    void work()
    {
        for (int index = 0; index < m_count; ++index) {
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return m_stopping || int(m_ready.size()) < m_capacity; });
                if (m_stopping)
                    return;
            }
            Item item = m_produce(index);
            {
                std::lock_guard lock(m_mutex);
                m_ready.push_back(std::move(item));
            }
            m_changed.notify_all();
        }
    }

    const int m_count;
    const int m_capacity;
    std::function<Item(int)> m_produce;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Item> m_ready;
    int m_taken = 0;
    bool m_stopping = false;
    std::thread m_worker; // last, so that it starts after everything it uses
};

} // namespace annalist
